package org.webmail.imap;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * A mailbox opened with EXAMINE (read-only) or SELECT (RFC 3501 sections 6.3.1-2) for the length of one operation.
 * Closing it gives the connection back to its Store, which must happen before the lease ends: otherwise the next
 * Store-level command would make Angus open a second connection.
 */
final class SelectedFolder implements AutoCloseable {

    private final IMAPFolder folder;

    private SelectedFolder(IMAPFolder folder) {
        this.folder = folder;
    }

    static SelectedFolder readOnly(PooledStore connection, String path) throws MessagingException {
        return open(connection, path, Folder.READ_ONLY);
    }

    static SelectedFolder readWrite(PooledStore connection, String path) throws MessagingException {
        return open(connection, path, Folder.READ_WRITE);
    }

    private static SelectedFolder open(PooledStore connection, String path, int mode) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) connection.store().getFolder(FolderPaths.toServerName(path, delimiter(connection)));
        try {
            folder.open(mode);
        } catch (jakarta.mail.FolderNotFoundException e) {
            throw new FolderNotFoundException("There is no folder \"" + path + "\".", e);
        } catch (MessagingException e) {
            if (ConnectFailures.causedBy(e, CommandFailedException.class) || "folder cannot contain messages".equals(e.getMessage())) {
                throw new FolderNotFoundException("The folder \"" + path + "\" cannot be opened: " + e.getMessage(), e);
            }
            throw e;
        }
        return new SelectedFolder(folder);
    }

    /** The server's hierarchy delimiter, asked once per connection with LIST "" "" (RFC 3501 section 6.3.8). */
    static char delimiter(PooledStore connection) throws MessagingException {
        if (connection.delimiter() == 0) {
            IMAPStore store = connection.store();
            char delimiter = store.getDefaultFolder().getSeparator();
            connection.delimiter(delimiter == 0 ? '/' : delimiter);
        }
        return connection.delimiter();
    }

    IMAPFolder folder() {
        return folder;
    }

    @Override
    public void close() throws MessagingException {
        if (folder.isOpen()) {
            // Never expunges: after SELECT, Angus sends UNSELECT (RFC 3691) or EXAMINE before CLOSE, because a plain
            // CLOSE would remove messages another client marked \Deleted (RFC 3501 section 6.4.2).
            folder.close(false);
        }
    }
}
