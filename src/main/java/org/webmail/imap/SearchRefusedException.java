package org.webmail.imap;

/** The mail server answered NO or BAD to a search (an unsupported CHARSET, a key it lacks): said in its words. */
public class SearchRefusedException extends MailStoreException {
    public SearchRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
