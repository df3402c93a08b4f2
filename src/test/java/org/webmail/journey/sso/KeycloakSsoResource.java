package org.webmail.journey.sso;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.webmail.interop.DovecotTestResource;
import org.webmail.interop.oidc.InteropKeycloak;

/**
 * The webmail as an organisation runs it with single sign-on: its Keycloak tenant pointed at the interop Keycloak
 * (realm "mail", client "webmail"), IMAP and submission at the interop Dovecot and Postfix, which check the tokens
 * by introspection at that Keycloak. Started by {@code src/test/interop/start}.
 */
public class KeycloakSsoResource extends DovecotTestResource {

    static final String REALM = InteropKeycloak.ISSUER;

    @Override
    public void init(Map<String, String> initArgs) {
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
        config.put("webmail.sso.token-key", Base64.getEncoder().encodeToString("sso-journey-test-key-32-bytes!!!".getBytes()));
        return config;
    }
}
