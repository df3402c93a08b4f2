package org.webmail.compose.smtp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** Messages as compose hands them to the outbox, and waiting for the outbox to settle. */
final class OutboxTestMessages {

    private OutboxTestMessages() {
    }

    static String messageId() {
        return "<" + UUID.randomUUID() + "@example.test>";
    }

    static byte[] rfc822(String from, String to, String subject, String messageId, String extraHeaders) {
        return ("From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId + "\r\n"
                + "Date: Tue, 01 Dec 2026 07:00:00 +0000\r\n" + extraHeaders + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Olá Bob,\r\n\r\nsee you at noon.\r\n.\r\n-- \r\nAlice\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static OutgoingMessage simple(String login, String subject) {
        String id = messageId();
        return new OutgoingMessage(login, login, List.of("bob@example.test"), id, subject,
                rfc822(login, "bob@example.test", subject, id, ""), OutgoingMessage.AfterSend.nothing());
    }

    /** Waits (at most 15 s) until the entry satisfies the condition; returns it. */
    static OutboxEntry await(Outbox outbox, String login, long id, Predicate<OutboxEntry> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        OutboxEntry entry = outbox.entry(login, id);
        while (!done.test(entry) && Instant.now().isBefore(deadline)) {
            sleep();
            entry = outbox.entry(login, id);
        }
        if (!done.test(entry)) {
            throw new AssertionError("outbox entry did not settle: " + entry);
        }
        return entry;
    }

    static OutboxEntry settled(Outbox outbox, String login, long id) {
        return await(outbox, login, id, e -> e != null && e.state() != OutboxEntry.State.QUEUED);
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
