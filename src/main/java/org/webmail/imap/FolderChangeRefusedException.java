package org.webmail.imap;

/** A folder change the name rules or the server refused; the message says why in plain words, fit for the page. */
public class FolderChangeRefusedException extends MailStoreException {
    public FolderChangeRefusedException(String message) {
        super(message, null);
    }

    public FolderChangeRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
