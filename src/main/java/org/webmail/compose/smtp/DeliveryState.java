package org.webmail.compose.smtp;

/** A stored message's state in the database: the page's {@link OutboxEntry.State} plus SENDING (claimed by a worker). */
enum DeliveryState {
    QUEUED, SENDING, WAITING_TO_RETRY, WAITING_FOR_SIGN_IN, SENT, FAILED, OUTCOME_UNKNOWN;

    OutboxEntry.State shown() {
        return this == SENDING ? OutboxEntry.State.QUEUED : OutboxEntry.State.valueOf(name());
    }
}
