package org.webmail.imap;

import java.time.Duration;

/** {@link PoolSettings} for tests, starting from the production defaults. */
record TestPool(int maxPerUser, int maxTotal, Duration acquireTimeout, Duration idleTimeout,
                Duration validateAfterIdle) implements PoolSettings {

    static TestPool defaults() {
        return new TestPool(2, 1000, Duration.ofSeconds(20), Duration.ofMinutes(5), Duration.ofSeconds(60));
    }

    TestPool perUser(int max) {
        return new TestPool(max, maxTotal, acquireTimeout, idleTimeout, validateAfterIdle);
    }

    TestPool total(int max) {
        return new TestPool(maxPerUser, max, acquireTimeout, idleTimeout, validateAfterIdle);
    }

    TestPool acquireTimeout(Duration timeout) {
        return new TestPool(maxPerUser, maxTotal, timeout, idleTimeout, validateAfterIdle);
    }
}
