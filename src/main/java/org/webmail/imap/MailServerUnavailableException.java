package org.webmail.imap;

/** The mail server could not be reached. */
public class MailServerUnavailableException extends MailStoreException {
    public MailServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public MailServerUnavailableException(String message) {
        super(message, null);
    }
}
