package org.webmail.compose.smtp;

import io.quarkus.qute.TemplateExtension;

/** How the delivery log words an entry's state. */
@TemplateExtension
final class OutboxViews {

    private OutboxViews() {
    }

    static String stateWords(OutboxEntry entry) {
        return switch (entry.state()) {
            case QUEUED -> "Sending";
            case WAITING_TO_RETRY -> "Waiting to retry";
            case WAITING_FOR_SIGN_IN -> "Waiting for you to sign in";
            case SENT -> "Sent";
            case FAILED -> "Not sent";
            case OUTCOME_UNKNOWN -> "Outcome unknown – check Sent";
        };
    }

    /** A CSS class per state, e.g. "state-failed". */
    static String stateClass(OutboxEntry entry) {
        return "state-" + entry.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String recipientsText(OutboxEntry entry) {
        return String.join(", ", entry.recipients());
    }

    /** Still being sent: the page reloads itself until the server has answered (no script needed). */
    static boolean inFlight(OutboxEntry entry) {
        return entry.state() == OutboxEntry.State.QUEUED;
    }

    /** A message that did not (surely) go can be opened in compose again. */
    static boolean editable(OutboxEntry entry) {
        return entry.state() == OutboxEntry.State.FAILED || entry.state() == OutboxEntry.State.OUTCOME_UNKNOWN;
    }
}
