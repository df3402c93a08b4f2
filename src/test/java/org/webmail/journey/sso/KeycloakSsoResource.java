package org.webmail.journey.sso;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.webmail.interop.DovecotTestResource;
import org.webmail.interop.InteropServer;
import org.webmail.interop.oidc.InteropKeycloak;

/**
 * The webmail as an organisation runs it with single sign-on: its Keycloak tenant pointed at the interop Keycloak
 * (realm "mail", client "webmail"), IMAP and submission at the interop Dovecot and Postfix, which check the tokens
 * by introspection at that Keycloak. Started by {@code src/test/interop/start}.
 */
public class KeycloakSsoResource extends DovecotTestResource {

    static final String REALM = InteropKeycloak.ISSUER;

    private String mailAccess = "TOKEN";
    private String sasl = "XOAUTH2";

    /** Init args besides DovecotTestResource's: {@code mail-access} (TOKEN, MASTER_USER) and {@code sasl} (XOAUTH2, OAUTHBEARER). */
    @Override
    public void init(Map<String, String> initArgs) {
        mailAccess = initArgs.getOrDefault("mail-access", mailAccess);
        sasl = initArgs.getOrDefault("sasl", sasl);
        Map<String, String> args = new HashMap<>(initArgs);
        args.putIfAbsent("security", "TLS");
        args.putIfAbsent("smtp", "STARTTLS");
        super.init(args);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.keycloak.tenant-enabled", "true");
        config.put("quarkus.oidc.keycloak.auth-server-url", REALM);
        config.put("quarkus.oidc.keycloak.client-id", InteropKeycloak.WEBMAIL.id());
        config.put("quarkus.oidc.keycloak.credentials.secret", InteropKeycloak.WEBMAIL.secret());
        config.put("webmail.sso.tenants.keycloak.label", "Example Test");
        config.put("webmail.sso.tenants.keycloak.mail-access", mailAccess);
        config.put("webmail.sso.tenants.keycloak.sasl", sasl);
        config.put("webmail.sso.tenants.keycloak.master-user", InteropServer.MASTER_USER);
        config.put("webmail.sso.tenants.keycloak.master-secret", InteropServer.MASTER_SECRET);
        config.put("webmail.sso.tenants.keycloak.master-separator", InteropServer.MASTER_SEPARATOR);
        config.put("webmail.sso.token-key", Base64.getEncoder().encodeToString("sso-journey-test-key-32-bytes!!!".getBytes()));
        return config;
    }
}
