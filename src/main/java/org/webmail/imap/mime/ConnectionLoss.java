package org.webmail.imap.mime;

import jakarta.mail.FolderClosedException;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.StoreClosedException;
import org.webmail.imap.MailServerUnavailableException;
import org.webmail.imap.MailStoreException;
import org.webmail.imap.MessageNotFoundException;

/**
 * Tells a lost connection from bad MIME. Reading forgives any malformed message, but when an IMAP
 * message loses its folder or is expunged halfway, what it yields is not the message: the caller must
 * hear of it (and retire the connection) instead of showing an empty or partial page as if it were mail.
 */
final class ConnectionLoss {

    private ConnectionLoss() {
    }

    /** Throws the mail layer's exception when {@code failure} comes from the server, not the message. */
    static void rethrow(Throwable failure) {
        if (failure instanceof MailStoreException alreadyTranslated) {
            throw alreadyTranslated;
        }
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 10; cause = cause.getCause()) {
            if (cause instanceof MessageRemovedException) {
                throw new MessageNotFoundException("the message was expunged while it was read", failure);
            }
            // Angus Mail's IMAP streams wrap these in an IOException, hence the walk down the causes.
            if (cause instanceof FolderClosedException || cause instanceof StoreClosedException) {
                throw new MailServerUnavailableException("the connection was lost while the message was read", failure);
            }
        }
    }
}
