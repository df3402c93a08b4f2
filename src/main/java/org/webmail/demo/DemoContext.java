package org.webmail.demo;

import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * What every kind of demo mail shares: one seeded random source (so every start builds the same mailbox),
 * the calendar, the message factory and the Message-ID sequence.
 */
final class DemoContext {

    static final DemoPerson ME = new DemoPerson("Alex Rivera", "demo@example.test");

    private final Random random;
    private final DemoCalendar calendar;
    private final DemoMessageFactory factory;
    private final DemoPerson me;
    private int sequence;

    DemoContext(Random random, Instant now, DemoPerson me) {
        this.random = random;
        this.calendar = new DemoCalendar(now, random);
        this.factory = new DemoMessageFactory();
        this.me = me;
    }

    DemoCalendar calendar() {
        return calendar;
    }

    DemoMessageFactory factory() {
        return factory;
    }

    DemoPerson me() {
        return me;
    }

    /** A unique RFC 5322 msg-id ("<left@right>") in the sender's domain. */
    String messageId(DemoPerson from) {
        sequence++;
        return "<demo." + sequence + "." + Integer.toHexString(31 * sequence + 7) + "@" + from.domain() + ">";
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Mail someone sent to the demo user: unread if recent (by chance), now and then flagged. */
    DemoMessage received(String folder, Instant sent, MimeMessage mime) {
        Flags flags = new Flags();
        if (!calendar.unread(sent)) {
            flags.add(Flags.Flag.SEEN);
        }
        if (chance(0.06)) {
            flags.add(Flags.Flag.FLAGGED);
        }
        return new DemoMessage(folder, calendar.delivered(sent), flags, mime);
    }

    /** Mail that has been dealt with (archived, deleted, sent): always seen. */
    DemoMessage read(String folder, Instant sent, MimeMessage mime) {
        return new DemoMessage(folder, calendar.delivered(sent), new Flags(Flags.Flag.SEEN), mime);
    }
}
