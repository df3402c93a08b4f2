package org.webmail.imap;

/** No such folder. */
public class FolderNotFoundException extends MailStoreException {
    public FolderNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    public FolderNotFoundException(String message) {
        super(message, null);
    }
}
