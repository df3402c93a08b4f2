package org.webmail.imap;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;

/**
 * The folder a copy or move goes to, checked before anything is sent: a COPY to a missing mailbox fails with
 * [TRYCREATE] (RFC 3501 section 6.4.7), and the webmail never creates a folder the user did not ask for.
 */
final class TargetFolder {

    private TargetFolder() {
    }

    /** The mailbox name as a command argument: modified UTF-7 (RFC 3501 section 5.1.3), quoted or a literal. */
    static Argument argument(PooledStore connection, String path) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) connection.store().getFolder(FolderPaths.toServerName(path, SelectedFolder.delimiter(connection)));
        if (!folder.exists() || (folder.getType() & Folder.HOLDS_MESSAGES) == 0) {
            throw new FolderNotFoundException("There is no folder \"" + path + "\" to put the messages in.");
        }
        Argument argument = new Argument();
        argument.writeString(BASE64MailboxEncoder.encode(folder.getFullName()));
        return argument;
    }
}
