package org.webmail.imap;

/** The mail server refused the user name or password. */
public class MailAuthenticationException extends MailStoreException {
    public MailAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }

    public MailAuthenticationException(String message) {
        super(message, null);
    }
}
