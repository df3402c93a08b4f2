package org.webmail.imap;

/** All of this user's mail connections stayed busy. */
public class PoolTimeoutException extends MailStoreException {
    public PoolTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoolTimeoutException(String message) {
        super(message, null);
    }
}
