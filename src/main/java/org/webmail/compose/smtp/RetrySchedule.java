package org.webmail.compose.smtp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When to try a temporarily refused message again: growing waits (RFC 5321 section 4.5.4.1 asks senders to back
 * off, and greylisting servers expect a retry after a few minutes), the last wait repeating, until a give-up time.
 */
final class RetrySchedule {

    private final List<Duration> delays;
    private final Duration giveUpAfter;

    RetrySchedule(List<Duration> delays, Duration giveUpAfter) {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("webmail.outbox.retry-delays needs at least one delay");
        }
        this.delays = List.copyOf(delays);
        this.giveUpAfter = giveUpAfter;
    }

    static RetrySchedule of(OutboxSettings settings) {
        return new RetrySchedule(settings.retryDelays(), settings.giveUpAfter());
    }

    /** The next try after the given number of failed ones (1 = the first try failed). */
    Instant nextAttempt(int failedAttempts, Instant now) {
        int index = Math.min(Math.max(failedAttempts, 1), delays.size()) - 1;
        return now.plus(delays.get(index));
    }

    /** True when a try at {@code nextAttempt} would come after the give-up time of a message queued at {@code queuedAt}. */
    boolean tooLate(Instant queuedAt, Instant nextAttempt) {
        return nextAttempt.isAfter(queuedAt.plus(giveUpAfter));
    }
}
