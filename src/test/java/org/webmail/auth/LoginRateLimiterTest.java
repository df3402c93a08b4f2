package org.webmail.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

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
    }

    @Test
    void anAccountIsBlockedAfterTooManyFailuresFromAnyAddress() {
        limiter.recordFailure("ann@example.test", "10.0.0.1");
        limiter.recordFailure("ANN@example.test", "10.0.0.2");
        assertFalse(limiter.isBlocked("ann@example.test", "10.0.0.3"));
        limiter.recordFailure("ann@example.test ", "10.0.0.3");
        assertTrue(limiter.isBlocked("ann@example.test", "10.0.0.9"), "case and spaces do not dodge the limit");
        assertFalse(limiter.isBlocked("other@example.test", "10.0.0.9"), "other accounts are not affected");
    }

    @Test
    void anAddressIsBlockedAfterTooManyFailuresOnAnyAccounts() {
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure("user" + i + "@example.test", "192.0.2.7");
        }
        assertTrue(limiter.isBlocked("fresh@example.test", "192.0.2.7"));
        assertFalse(limiter.isBlocked("fresh@example.test", "192.0.2.8"));
    }

    @Test
    void theBlockLiftsWhenTheFailuresLeaveTheWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure("ann@example.test", "10.0.0.1");
        }
        assertTrue(limiter.isBlocked("ann@example.test", "10.0.0.1"));
        clock.advance(Duration.ofMinutes(16));
        assertFalse(limiter.isBlocked("ann@example.test", "10.0.0.1"));
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        limiter.recordFailure("ann@example.test", "10.0.0.1");
        limiter.recordFailure("ann@example.test", "10.0.0.1");
        limiter.recordSuccess("ann@example.test");
        limiter.recordFailure("ann@example.test", "10.0.0.1");
        assertFalse(limiter.isBlocked("ann@example.test", "10.0.0.1"));
    }
}
