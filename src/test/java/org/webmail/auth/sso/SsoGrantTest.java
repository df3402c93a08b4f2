package org.webmail.auth.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.webmail.auth.SignInEndedException;
import org.webmail.support.MutableClock;

/**
 * When a single sign-on's access token is renewed, and what a refused or unreachable provider means for the
 * user. The provider's answers are scripted here (failures a real one will not give on demand); the Keycloak
 * interoperability test renews real tokens across several expiries.
 */
class SsoGrantTest {

    private final MutableClock clock = new MutableClock();
    private final List<String> refreshedWith = new ArrayList<>();
    private Object nextAnswer;

    private final OidcEndpoints provider = new OidcEndpoints() {
        @Override
        Refreshed refresh(String tenant, String refreshToken) throws RefreshFailed {
            refreshedWith.add(refreshToken);
            if (nextAnswer instanceof RefreshFailed failed) {
                throw failed;
            }
            return (Refreshed) nextAnswer;
        }
    };

    private SsoGrant grant() {
        return new SsoGrant("keycloak", "sub-1", "sid-1", "alice@example.test", VerifiedAddressTest.tenant("email", "email_verified"),
                provider, Duration.ofSeconds(30), clock, new SsoGrant.IssuedTokens("access-1", clock.instant().plusSeconds(60),
                "refresh-1", "id-1"), rotated -> { });
    }

    @Test
    void aFreshTokenIsUsedAsItIs() {
        SsoGrant grant = grant();
        assertEquals("access-1", grant.current().secret());
        assertEquals("alice@example.test", grant.current().username());
        assertEquals(List.of(), refreshedWith);
    }

    @Test
    void aTokenAboutToRunOutIsRenewedOnceAndTheRotatedRefreshTokenKept() {
        SsoGrant grant = grant();
        clock.advance(Duration.ofSeconds(31));
        nextAnswer = new OidcEndpoints.Refreshed("access-2", 60, "refresh-2", null);
        assertEquals("access-2", grant.current().secret());
        assertEquals("access-2", grant.current().secret(), "good for another minute");
        clock.advance(Duration.ofSeconds(31));
        nextAnswer = new OidcEndpoints.Refreshed("access-3", 60, "refresh-3", null);
        assertEquals("access-3", grant.current().secret());
        assertEquals(List.of("refresh-1", "refresh-2"), refreshedWith);
    }

    @Test
    void aRefusedRenewalEndsTheSignIn() {
        SsoGrant grant = grant();
        clock.advance(Duration.ofSeconds(45));
        nextAnswer = new OidcEndpoints.RefreshFailed("the provider refused to renew the sign-in (invalid_grant)", true);
        assertThrows(SignInEndedException.class, grant::current);
    }

    @Test
    void anUnreachableProviderKeepsATokenThatStillHoldsAndThenSaysSo() {
        SsoGrant grant = grant();
        clock.advance(Duration.ofSeconds(45));
        nextAnswer = new OidcEndpoints.RefreshFailed("the provider could not be reached", false);
        assertEquals("access-1", grant.current().secret(), "15 s left: still usable");
        clock.advance(Duration.ofSeconds(20));
        assertThrows(IdentityProviderUnavailableException.class, grant::current);
    }

    @Test
    void aBackChannelLogoutConcernsTheAccountOrItsSession() {
        SsoGrant grant = grant();
        assertEquals(true, grant.isFor("keycloak", "sub-1", null));
        assertEquals(true, grant.isFor("keycloak", null, "sid-1"));
        assertEquals(true, grant.isFor("keycloak", "sub-1", "sid-1"));
        assertEquals(false, grant.isFor("keycloak", "sub-1", "sid-2"), "another browser session of the same account");
        assertEquals(false, grant.isFor("google", "sub-1", null));
    }
}
