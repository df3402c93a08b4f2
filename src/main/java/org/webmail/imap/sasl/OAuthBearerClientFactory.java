package org.webmail.imap.sasl;

import java.util.List;
import java.util.Map;

import javax.security.auth.callback.CallbackHandler;
import javax.security.sasl.Sasl;
import javax.security.sasl.SaslClient;
import javax.security.sasl.SaslClientFactory;

/**
 * Makes {@link OAuthBearerClient}s for {@code javax.security.sasl.Sasl}, which Angus Mail asks when
 * {@code mail.<protocol>.sasl.enable} is set. Angus passes the session properties and its protocol name ("imap",
 * "imaps", "smtp", "smtps"), so the port for the RFC 7628 {@code port=} field is that session's
 * {@code mail.<protocol>.port}.
 */
public final class OAuthBearerClientFactory implements SaslClientFactory {

    static final String MECHANISM = "OAUTHBEARER";

    @Override
    public SaslClient createSaslClient(String[] mechanisms, String authorizationId, String protocol, String serverName,
                                       Map<String, ?> props, CallbackHandler callbacks) {
        if (!List.of(mechanisms).contains(MECHANISM) || refusedByPolicy(props)) {
            return null;
        }
        return new OAuthBearerClient(authorizationId, serverName, port(protocol, props), callbacks);
    }

    @Override
    public String[] getMechanismNames(Map<String, ?> props) {
        return refusedByPolicy(props) ? new String[0] : new String[]{MECHANISM};
    }

    /** The bearer token travels as it is (TLS protects it), so a caller that forbids plaintext mechanisms gets none. */
    private static boolean refusedByPolicy(Map<String, ?> props) {
        return props != null && "true".equalsIgnoreCase(String.valueOf(props.get(Sasl.POLICY_NOPLAINTEXT)));
    }

    private static String port(String protocol, Map<String, ?> props) {
        if (props == null || protocol == null) {
            return null;
        }
        Object port = props.get("mail." + protocol + ".port");
        return port == null ? null : port.toString();
    }
}
