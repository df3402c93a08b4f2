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

    private String tenant = "keycloak";
    private String mailAccess = "TOKEN";
    private String sasl = "XOAUTH2";

    /**
     * Init args besides DovecotTestResource's: {@code tenant} (keycloak, or google to run Google's tenant settings
     * against this Keycloak), {@code mail-access} (TOKEN, MASTER_USER) and {@code sasl} (XOAUTH2, OAUTHBEARER).
     */
    @Override
    public void init(Map<String, String> initArgs) {
        tenant = initArgs.getOrDefault("tenant", tenant);
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
        try {
            // The mail scopes Google's and Microsoft's tenants ask for, which a Keycloak does not know by itself
            switch (tenant) {
                case "google" -> KeycloakAdmin.allowScope("https://mail.google.com/");
                case "microsoft" -> {
                    // Keycloak's own offline_access scope, which the tenant asks for like Entra ID's: on the client, for alice
                    KeycloakAdmin.allowScope("offline_access");
                    KeycloakAdmin.grantRealmRole("alice", "offline_access");
                    KeycloakAdmin.allowScope("https://outlook.office.com/IMAP.AccessAsUser.All");
                    KeycloakAdmin.allowScope("https://outlook.office.com/SMTP.Send");
                }
                default -> { }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not add the " + tenant + " mail scopes to the interop Keycloak", e);
        }
        String oidc = "quarkus.oidc." + tenant + ".";
        String sso = "webmail.sso.tenants." + tenant + ".";
        config.put(oidc + "tenant-enabled", "true");
        config.put(oidc + "auth-server-url", REALM);
        config.put(oidc + "client-id", InteropKeycloak.WEBMAIL.id());
        config.put(oidc + "credentials.secret", InteropKeycloak.WEBMAIL.secret());
        config.put(sso + "label", "Example Test");
        config.put(sso + "mail-access", mailAccess);
        config.put(sso + "sasl", sasl);
        config.put(sso + "master-user", InteropServer.MASTER_USER);
        config.put(sso + "master-secret", InteropServer.MASTER_SECRET);
        config.put(sso + "master-separator", InteropServer.MASTER_SEPARATOR);
        if (tenant.equals("microsoft")) {
            // Keycloak's preferred_username is the bare user name, where Entra ID puts the address: the address comes
            // from Keycloak's verified email instead (Microsoft's own claim rule is checked in VerifiedAddressTest).
            config.put(sso + "address-claim", "email");
            config.put(sso + "verified-claim", "email_verified");
        }
        config.put("webmail.sso.token-key", Base64.getEncoder().encodeToString("sso-journey-test-key-32-bytes!!!".getBytes()));
        return config;
    }
}
