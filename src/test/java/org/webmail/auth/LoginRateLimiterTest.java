package org.webmail.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.support.MutableClock;

class LoginRateLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final LoginRateLimiter limiter = new LoginRateLimiter();

    @BeforeEach
    void configure() {
        limiter.clock = clock;
        limiter.maxPerAccount = 3;
        limiter.maxPerAddress = 5;
        limiter.window = Duration.ofMinutes(15);
        limiter.firstDelay = Duration.ofSeconds(1);
        limiter.maxDelay = Duration.ofMinutes(15);
    }

    @Test
    void anAccountMustWaitAfterTooManyFailuresFromAnyAddress() {
        limiter.recordFailure("ann@example.test", "10.0.0.1");
        limiter.recordFailure("ANN@example.test", "10.0.0.2");
        assertFalse(limiter.isBlocked("ann@example.test", "10.0.0.3"));
        limiter.recordFailure("ann@example.test ", "10.0.0.3");
        assertEquals(Optional.of(Duration.ofSeconds(1)), limiter.waitBefore("ann@example.test", "10.0.0.9"),
                "case and spaces do not dodge the limit");
        assertFalse(limiter.isBlocked("other@example.test", "10.0.0.9"), "other accounts are not affected");
    }

    @Test
    void anAddressMustWaitAfterTooManyFailuresOnAnyAccounts() {
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure("user" + i + "@example.test", "192.0.2.7");
        }
        assertTrue(limiter.isBlocked("fresh@example.test", "192.0.2.7"));
        assertFalse(limiter.isBlocked("fresh@example.test", "192.0.2.8"));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheMaximum() {
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure("ann@example.test", "10.0.0.1");
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), limiter.waitBefore("ann@example.test", "10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(limiter.isBlocked("ann@example.test", "10.0.0.1"), "the next attempt may go ahead once the wait is over");
        limiter.recordFailure("ann@example.test", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(2)), limiter.waitBefore("ann@example.test", "10.0.0.1"));
        clock.advance(Duration.ofSeconds(2));
        limiter.recordFailure("ann@example.test", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(4)), limiter.waitBefore("ann@example.test", "10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.of(Duration.ofSeconds(3)), limiter.waitBefore("ann@example.test", "10.0.0.1"), "the wait counts down");
        for (int i = 0; i < 20; i++) {
            limiter.recordFailure("ann@example.test", "10.0.0." + (i + 2));
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), limiter.waitBefore("ann@example.test", "10.0.0.99"), "capped");
    }

    @Test
    void theCountIsForgottenAfterAQuietWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure("ann@example.test", "10.0.0.1");
        }
        assertTrue(limiter.isBlocked("ann@example.test", "10.0.0.1"));
        clock.advance(Duration.ofMinutes(16));
        assertFalse(limiter.isBlocked("ann@example.test", "10.0.0.1"));
        limiter.recordFailure("ann@example.test", "10.0.0.1");
        assertFalse(limiter.isBlocked("ann@example.test", "10.0.0.1"), "a new spell starts with free failures again");
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        limiter.recordFailure("ann@example.test", "10.0.0.1");
        limiter.recordFailure("ann@example.test", "10.0.0.1");
        limiter.recordSuccess("ann@example.test");
        limiter.recordFailure("ann@example.test", "10.0.0.1");
        assertFalse(limiter.isBlocked("ann@example.test", "10.0.0.1"));
    }

    @Test
    void theCleanupForgetsOnlySpellsThatAreOver() {
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure("ann@example.test", "10.0.0." + i);
        }
        limiter.forgetOld();
        assertEquals(4, limiter.tracked(), "one account and three addresses, all within the window");
        clock.advance(Duration.ofMinutes(16));
        limiter.forgetOld();
        assertEquals(0, limiter.tracked());
    }
}
