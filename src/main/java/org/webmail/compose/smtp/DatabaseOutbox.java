package org.webmail.compose.smtp;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox kept in the webmail's database: a message is committed there before any SMTP, so a crash, a restart
 * or an unreachable server never loses it; {@link OutboxDelivery} sends it.
 */
@ApplicationScoped
public class DatabaseOutbox implements Outbox {

    @Inject
    OutboxLedger ledger;

    @Inject
    OutboxDelivery delivery;

    @Inject
    OutboxSettings settings;

    @Inject
    MeterRegistry meters;

    private final Clock clock = Clock.systemUTC();

    @Override
    public long enqueue(OutgoingMessage message) {
        if (message.recipients() == null || message.recipients().isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one recipient");
        }
        if (message.rfc822() == null || message.rfc822().length == 0 || message.messageId() == null) {
            throw new IllegalArgumentException("a message needs its bytes and its Message-ID");
        }
        long started = System.nanoTime();
        // Committed in its own transaction before any SMTP, already claimed by this process: sent from memory at once.
        PendingSend stored = ledger.storeClaimed(message, clock.instant());
        meters.timer("webmail.outbox.store").record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        delivery.sendClaimed(stored);
        return stored.id();
    }

    @Override
    public void awaitFirstAttempt(long id) {
        delivery.awaitAttempt(id, settings.awaitOnSend());
    }

    @Override
    public List<OutboxEntry> entries(String login) {
        return ledger.entries(login);
    }

    @Override
    public OutboxEntry entry(String login, long id) {
        OutboxMessage m = ledger.own(login, id);
        return m == null ? null : m.toEntry();
    }

    @Override
    public long submittedSince(String login, java.time.Instant since) {
        return ledger.submittedSince(login, since);
    }

    /** The stored bytes of one of this user's messages (for "Edit and send again"), or null if it is not theirs. */
    public byte[] message(String login, long id) {
        OutboxMessage m = ledger.own(login, id);
        return m == null ? null : m.message;
    }
}
