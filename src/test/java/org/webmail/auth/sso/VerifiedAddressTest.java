package org.webmail.auth.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Which mailbox a provider's sign-in stands for: the configured claim, believed only when the provider vouches for
 * it. Claim shapes as Keycloak, Google and Microsoft (Entra ID v2) put them in their ID tokens.
 */
class VerifiedAddressTest {

    static SsoSettings.Tenant tenant(String addressClaim, String verifiedClaim) {
        return new SsoSettings.Tenant() {
            public String label() {
                return "Test";
            }

            public SsoSettings.MailAccess mailAccess() {
                return SsoSettings.MailAccess.TOKEN;
            }

            public SsoSettings.Sasl sasl() {
                return SsoSettings.Sasl.XOAUTH2;
            }

            public String addressClaim() {
                return addressClaim;
            }

            public String verifiedClaim() {
                return verifiedClaim;
            }

            public Optional<String> masterUser() {
                return Optional.empty();
            }

            public Optional<String> masterSecret() {
                return Optional.empty();
            }

            public String masterSeparator() {
                return "none";
            }
        };
    }

    private static String address(SsoSettings.Tenant tenant, Map<String, Object> claims) {
        return SsoSignIn.address(tenant, new SsoSignIn.Claims("sub-1", claims));
    }

    @Test
    void keycloakAndGoogleGiveAVerifiedEmail() {
        SsoSettings.Tenant keycloak = tenant("email", "email_verified");
        assertEquals("alice@example.test", address(keycloak, Map.of("email", "Alice@Example.test", "email_verified", true)));
        // as a JSON value (jakarta.json), whose string form keeps the quotes
        assertEquals("alice@example.test", address(keycloak, Map.of("email", "\"alice@example.test\"", "email_verified",
                jakarta.json.JsonValue.TRUE)));
    }

    @Test
    void anUnverifiedOrMissingAddressIsNotBelieved() {
        SsoSettings.Tenant keycloak = tenant("email", "email_verified");
        assertNull(address(keycloak, Map.of("email", "alice@example.test", "email_verified", false)));
        assertNull(address(keycloak, Map.of("email", "alice@example.test")));
        assertNull(address(keycloak, Map.of("email_verified", true)));
        assertNull(address(keycloak, Map.of("email", "not an address", "email_verified", true)));
    }

    @Test
    void microsoftsUserPrincipalNameIsTheTenantsOwn() {
        SsoSettings.Tenant microsoft = tenant("preferred_username", "none");
        assertEquals("alice@contoso.example", address(microsoft, Map.of("preferred_username", "alice@contoso.example",
                "email", "someone-else@example.test")));
    }
}
