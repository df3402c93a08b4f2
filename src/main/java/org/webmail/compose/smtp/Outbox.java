package org.webmail.compose.smtp;

import java.util.List;

/**
 * Where composed mail goes to be sent. {@link #enqueue} stores the message in the database before any SMTP
 * dialogue starts, so nothing is lost whatever happens next; sending, retries and the Sent copy follow.
 */
public interface Outbox {

    /** Stores the message and starts sending it; returns its outbox id. */
    long enqueue(OutgoingMessage message);

    /**
     * Waits a little (webmail.outbox.await-on-send) for the attempt that enqueue started to have an outcome, so the
     * page after Send says "Sent" or why not, rather than "Sending".
     */
    void awaitFirstAttempt(long id);

    /** This user's outbox and delivery log, newest first. */
    List<OutboxEntry> entries(String login);

    /** One entry of this user's, or null (an id of someone else's is null too). */
    OutboxEntry entry(String login, long id);

    /**
     * How many messages this user has handed to the outbox since {@code since}, whatever became of them: the count
     * behind the hourly sending limit, from the database so that it holds across replicas and restarts.
     */
    long submittedSince(String login, java.time.Instant since);
}
