package org.webmail.compose.smtp;

import java.time.Instant;
import java.util.List;

/**
 * A message of the outbox / delivery log as its page shows it.
 *
 * @param state         where it stands
 * @param nextAttemptAt when the next try is due (WAITING_TO_RETRY), else null
 * @param relay         host:port of the server that took (or last refused) it
 * @param lastReply     the server's last reply, e.g. "250 2.0.0 Ok: queued as 4F1B2" or "550 5.1.1 ... no such user"
 * @param explanation   why it stands there, as a code the page words in the reader's language ({@link ReplyExplanation}); null when sent
 */
public record OutboxEntry(long id, String messageId, String subject, List<String> recipients, State state, Instant createdAt,
                          Instant finishedAt, Instant nextAttemptAt, int attempts, String relay, String lastReply,
                          String explanation) {

    public enum State {
        /** Stored, not yet tried (or being tried). */
        QUEUED,
        /** A temporary failure (4xx, connection refused or timed out): tried again at nextAttemptAt. */
        WAITING_TO_RETRY,
        /** The server's password for this user is gone (the webmail restarted): sent when the user signs in again. */
        WAITING_FOR_SIGN_IN,
        /** Accepted by the server (250 after DATA). */
        SENT,
        /** Refused for good (5xx) or retried too long; the message is kept and can be edited again. */
        FAILED,
        /** The connection broke after DATA, before the server's reply: it may or may not have gone; never resent blindly. */
        OUTCOME_UNKNOWN
    }
}
