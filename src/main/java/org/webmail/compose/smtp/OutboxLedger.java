package org.webmail.compose.smtp;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The outbox's database work, each step its own transaction. The claim is a conditional UPDATE: of two workers
 * (threads or replicas) racing for one message only one sees a changed row, so no message is sent twice.
 */
@ApplicationScoped
public class OutboxLedger {

    @Inject
    OutboxSettings settings;

    /** Stores a message as queued, for any worker to send. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long store(OutgoingMessage outgoing, Instant now) {
        return insert(outgoing, now, false).id;
    }

    /**
     * Stores a message already claimed by the caller, who sends it at once from memory: one transaction instead of
     * insert, claim and read. Should this process die before the send, the claim goes stale and the message is
     * "outcome unknown" (see {@link #abandonStale}), never sent twice.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    PendingSend storeClaimed(OutgoingMessage outgoing, Instant now) {
        return PendingSend.of(insert(outgoing, now, true));
    }

    /** A claim the caller could not act on (shutting down): back to the queue for the next start. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void release(long id) {
        OutboxMessage.update("state = ?1, claimedAt = null where id = ?2 and state = ?3", DeliveryState.QUEUED, id, DeliveryState.SENDING);
    }

    private OutboxMessage insert(OutgoingMessage outgoing, Instant now, boolean claimed) {
        OutboxMessage m = new OutboxMessage();
        m.login = outgoing.login();
        m.envelopeFrom = outgoing.envelopeFrom();
        m.recipients = String.join("\n", outgoing.recipients());
        m.messageId = outgoing.messageId();
        m.subject = Text.cut(outgoing.subject(), 998);
        m.message = outgoing.rfc822();
        OutgoingMessage.AfterSend after = outgoing.afterSend() == null ? OutgoingMessage.AfterSend.nothing() : outgoing.afterSend();
        m.draftFolder = after.draftFolder();
        m.draftUid = after.draftUid();
        m.originalFolder = after.originalFolder();
        m.originalUid = after.originalUid();
        m.forwarded = after.forwarded();
        m.state = claimed ? DeliveryState.SENDING : DeliveryState.QUEUED;
        m.claimedAt = claimed ? now : null;
        m.createdAt = now;
        m.persist();
        return m;
    }

    /** Takes a message that is due for sending; false if it is not due or another worker took it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean claim(long id, Instant now) {
        return OutboxMessage.update("state = ?1, claimedAt = ?2 where id = ?3 and (state = ?4 or (state = ?5 and nextAttemptAt <= ?2))",
                DeliveryState.SENDING, now, id, DeliveryState.QUEUED, DeliveryState.WAITING_TO_RETRY) == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    PendingSend pending(long id) {
        return PendingSend.of(OutboxMessage.findById(id));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void waitForSignIn(long id) {
        OutboxMessage m = OutboxMessage.findById(id);
        m.state = DeliveryState.WAITING_FOR_SIGN_IN;
        m.claimedAt = null;
        m.explanation = ReplyExplanation.SIGN_IN_NEEDED;
    }

    /** Writes down one attempt and what follows from it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    DeliveryState record(long id, SubmissionOutcome outcome, Instant now) {
        if (outcome.kind() != SubmissionOutcome.Kind.TRANSIENT) {
            // Final: one UPDATE, without loading the stored message (the common case, right after the server's reply).
            DeliveryState state = switch (outcome.kind()) {
                case ACCEPTED -> DeliveryState.SENT;
                case PERMANENT -> DeliveryState.FAILED;
                default -> DeliveryState.OUTCOME_UNKNOWN;
            };
            OutboxMessage.update("attempts = attempts + 1, claimedAt = null, relay = ?1, lastReply = ?2, explanation = ?3, "
                    + "nextAttemptAt = null, state = ?4, finishedAt = ?5 where id = ?6", Text.cut(outcome.relay(), 400),
                    Text.cut(outcome.reply(), 2000), Text.cut(outcome.explanation(), 2000), state, now, id);
            return state;
        }
        OutboxMessage m = OutboxMessage.findById(id);
        m.attempts++;
        m.claimedAt = null;
        m.relay = Text.cut(outcome.relay(), 400);
        m.lastReply = Text.cut(outcome.reply(), 2000);
        m.explanation = Text.cut(outcome.explanation(), 2000);
        m.nextAttemptAt = null;
        m.state = retryOrGiveUp(m, now);
        if (m.state != DeliveryState.WAITING_TO_RETRY) {
            m.finishedAt = now;
        }
        return m.state;
    }

    private DeliveryState retryOrGiveUp(OutboxMessage m, Instant now) {
        RetrySchedule schedule = RetrySchedule.of(settings);
        Instant next = schedule.nextAttempt(m.attempts, now);
        if (schedule.tooLate(m.createdAt, next)) {
            m.explanation = Text.cut(ReplyExplanation.gaveUp(m.explanation), 2000);
            return DeliveryState.FAILED;
        }
        m.nextAttemptAt = next;
        return DeliveryState.WAITING_TO_RETRY;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void noteFollowUp(long id, String note) {
        OutboxMessage m = OutboxMessage.findById(id);
        m.followUpNote = Text.cut(note, 2000);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> due(Instant now, int limit) {
        return OutboxMessage.<OutboxMessage>find("state = ?1 or (state = ?2 and nextAttemptAt <= ?3) order by createdAt",
                DeliveryState.QUEUED, DeliveryState.WAITING_TO_RETRY, now).page(0, limit).list().stream().map(m -> m.id).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<String> loginsWaitingForSignIn() {
        return OutboxMessage.getEntityManager()
                .createQuery("select distinct m.login from OutboxMessage m where m.state = ?1", String.class)
                .setParameter(1, DeliveryState.WAITING_FOR_SIGN_IN).getResultList();
    }

    /** The user's credentials are back: their waiting mail is queued again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> resume(String login) {
        List<Long> ids = OutboxMessage.<OutboxMessage>find("login = ?1 and state = ?2", login, DeliveryState.WAITING_FOR_SIGN_IN)
                .list().stream().map(m -> m.id).toList();
        if (!ids.isEmpty()) {
            OutboxMessage.update("state = ?1, explanation = null where id in ?2 and state = ?3",
                    DeliveryState.QUEUED, ids, DeliveryState.WAITING_FOR_SIGN_IN);
        }
        return ids;
    }

    /**
     * A message claimed longer ago than any send can take was being sent by a process that died. Its SMTP
     * dialogue may have reached the end of data, so it is "outcome unknown", never sent again blindly.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int abandonStale(Instant claimedBefore, Instant now) {
        return OutboxMessage.update("state = ?1, finishedAt = ?2, explanation = ?3 where state = ?4 and claimedAt < ?5",
                DeliveryState.OUTCOME_UNKNOWN, now, ReplyExplanation.INTERRUPTED, DeliveryState.SENDING, claimedBefore);
    }

    @Transactional
    List<OutboxEntry> entries(String login) {
        return OutboxMessage.<OutboxMessage>find("login = ?1 order by createdAt desc, id desc", login).list().stream()
                .map(OutboxMessage::toEntry).toList();
    }

    @Transactional
    long submittedSince(String login, Instant since) {
        return OutboxMessage.count("login = ?1 and createdAt >= ?2", login, since); // index outbox_message_login_idx
    }

    @Transactional
    OutboxMessage own(String login, long id) {
        OutboxMessage m = OutboxMessage.findById(id);
        return m != null && m.login.equals(login) ? m : null;
    }
}
