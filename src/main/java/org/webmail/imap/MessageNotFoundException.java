package org.webmail.imap;

/** No such message. */
public class MessageNotFoundException extends MailStoreException {
    public MessageNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    public MessageNotFoundException(String message) {
        super(message, null);
    }
}
