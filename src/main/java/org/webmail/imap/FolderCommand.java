package org.webmail.imap;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Runs one mailbox-level command (CREATE, RENAME, DELETE, SUBSCRIBE...) on the Store's own connection, as
 * {@link ListFolders} does: no folder is open, and Angus writes the names in modified UTF-7 (RFC 3501 5.1.3).
 */
final class FolderCommand {

    private FolderCommand() {
    }

    /** Throws {@link FolderChangeRefusedException} when the server answers NO or BAD. */
    static void run(PooledStore connection, String path, IMAPFolder.ProtocolCommand command) throws MessagingException {
        IMAPFolder root = (IMAPFolder) connection.store().getDefaultFolder();
        try {
            root.doCommand(command);
        } catch (MessagingException e) {
            FolderChangeRefusedException refused = FolderRefusals.of(e, path);
            if (refused != null) {
                throw refused;
            }
            throw e;
        }
    }

    /** For follow-up bookkeeping (a subscription) whose refusal must not undo the change the user asked for. */
    static boolean tryRun(PooledStore connection, String path, IMAPFolder.ProtocolCommand command) throws MessagingException {
        try {
            run(connection, path, command);
            return true;
        } catch (FolderChangeRefusedException e) {
            return false;
        }
    }

    static String join(String parent, String name) {
        return parent == null || parent.isEmpty() ? name : parent + "/" + name;
    }
}
