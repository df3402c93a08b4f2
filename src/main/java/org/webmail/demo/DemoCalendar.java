package org.webmail.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;

/**
 * Picks the dates of demo mail over the last ~18 months, relative to the start time so the mailbox always
 * looks current, and decides which messages are still unread (mostly the recent ones).
 */
final class DemoCalendar {

    /** About eighteen months. */
    static final int SPAN_DAYS = 548;

    private final Instant now;
    private final Random random;

    DemoCalendar(Instant now, Random random) {
        this.now = now;
        this.random = random;
    }

    Instant now() {
        return now;
    }

    /** Some moment in working hours in the whole span, recent days more likely (a busy inbox grows). */
    Instant anytime() {
        return between(0, SPAN_DAYS);
    }

    /** Some moment in working hours between {@code minDaysAgo} and {@code maxDaysAgo}, recent days more likely. */
    Instant between(int minDaysAgo, int maxDaysAgo) {
        double skew = Math.pow(random.nextDouble(), 2);
        int daysAgo = minDaysAgo + (int) Math.round(skew * (maxDaysAgo - minDaysAgo));
        return workingHours(daysAgo);
    }

    /** A moment in working hours exactly {@code daysAgo} days back (never in the future). */
    Instant workingHours(int daysAgo) {
        ZonedDateTime day = now.atZone(ZoneOffset.UTC).minusDays(daysAgo);
        Instant at = day.withHour(7 + random.nextInt(12)).withMinute(random.nextInt(60))
                .withSecond(random.nextInt(60)).withNano(0).toInstant();
        return at.isAfter(now) ? now.minus(Duration.ofMinutes(5 + random.nextInt(120))) : at;
    }

    /** A reply time between {@code minMinutes} and {@code maxMinutes} after {@code previous}, never in the future. */
    Instant after(Instant previous, int minMinutes, int maxMinutes) {
        Instant at = previous.plus(Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes + 1)));
        return at.isAfter(now) ? previous.plusSeconds(30 + random.nextInt(60)) : at;
    }

    /** Transport delay between the Date header and the server's internal date. */
    Instant delivered(Instant sent) {
        return sent.plusSeconds(2 + random.nextInt(90));
    }

    /** Recent mail is often still unread, old mail rarely. */
    boolean unread(Instant date) {
        long ageDays = Duration.between(date, now).toDays();
        double chance = ageDays < 14 ? 0.85 : ageDays < 45 ? 0.5 : ageDays < 120 ? 0.25 : 0.06;
        return random.nextDouble() < chance;
    }
}
