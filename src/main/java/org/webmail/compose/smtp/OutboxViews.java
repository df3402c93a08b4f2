package org.webmail.compose.smtp;

import java.util.Locale;

import org.webmail.compose.ComposeMessages;
import org.webmail.compose.ComposeText;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;

/** How the delivery log words an entry, in the language of the page ({@code TemplateInstance.LOCALE}). */
@TemplateExtension
final class OutboxViews {

    private OutboxViews() {
    }

    static String stateWords(OutboxEntry entry, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return stateWords(entry.state(), words(locale));
    }

    static String stateWords(OutboxEntry.State state, ComposeMessages w) {
        return switch (state) {
            case QUEUED -> w.stateQueued();
            case WAITING_TO_RETRY -> w.stateWaitingToRetry();
            case WAITING_FOR_SIGN_IN -> w.stateWaitingForSignIn();
            case SENT -> w.stateSent();
            case FAILED -> w.stateFailed();
            case OUTCOME_UNKNOWN -> w.stateOutcomeUnknown();
        };
    }

    /** The stored explanation (a code, see {@link ReplyExplanation}) as a sentence; null when there is none. */
    static String explanationWords(OutboxEntry entry, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return ReplyExplanation.words(entry.explanation(), words(locale));
    }

    private static ComposeMessages words(Object locale) {
        Locale language = locale instanceof Locale l ? l
                : locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.toString());
        return ComposeText.words(language);
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
