package org.webmail.search;

import java.util.function.Function;

import org.webmail.mailbox.MailMessages;

/**
 * A search the webmail cannot understand, with a sentence that tells the person what to type instead: in English as
 * the message (logs, tests) and in the reader's language through {@link #wording}.
 */
public class SearchQueryException extends IllegalArgumentException {

    private final transient Function<MailMessages, String> wording;

    public SearchQueryException(String message, Function<MailMessages, String> wording) {
        super(message);
        this.wording = wording;
    }

    /** The sentence in the language of the given bundle. */
    public String wording(MailMessages text) {
        return wording.apply(text);
    }
}
