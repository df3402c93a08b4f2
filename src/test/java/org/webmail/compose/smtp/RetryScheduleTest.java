package org.webmail.compose.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The waits between tries grow, the last repeats, and a day after queueing the outbox stops trying. */
class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30)),
            Duration.ofHours(24));
    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void waitsGrowThenTheLastRepeats() {
        assertEquals(now.plus(Duration.ofMinutes(1)), schedule.nextAttempt(1, now));
        assertEquals(now.plus(Duration.ofMinutes(2)), schedule.nextAttempt(2, now));
        assertEquals(now.plus(Duration.ofMinutes(5)), schedule.nextAttempt(3, now));
        assertEquals(now.plus(Duration.ofMinutes(10)), schedule.nextAttempt(4, now));
        assertEquals(now.plus(Duration.ofMinutes(30)), schedule.nextAttempt(5, now));
        assertEquals(now.plus(Duration.ofMinutes(30)), schedule.nextAttempt(40, now));
    }

    @Test
    void aTryPastTheGiveUpTimeIsNotScheduled() {
        assertFalse(schedule.tooLate(now, now.plus(Duration.ofHours(24))));
        assertTrue(schedule.tooLate(now, now.plus(Duration.ofHours(24)).plusSeconds(1)));
    }

    @Test
    void enhancedStatusCodesAreReadFromTheReply() {
        assertEquals("5.1.1", ReplyExplanation.enhancedCode("550 5.1.1 <bob@example.test>: User unknown"));
        assertEquals("4.7.1", ReplyExplanation.enhancedCode("451-4.7.1 Greylisted"));
        assertEquals(null, ReplyExplanation.enhancedCode("550 Mailbox unavailable"));
    }
}
