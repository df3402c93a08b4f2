package org.webmail.imap;

/** Base of what the mail layer throws; the web layer turns each kind into a plain-language page. */
public class MailStoreException extends RuntimeException {
    public MailStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
