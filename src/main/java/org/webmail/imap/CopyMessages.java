package org.webmail.imap;

import java.util.List;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.Argument;

/** Copies a selection to another folder: one UID COPY (RFC 3501 section 6.4.7); the originals stay. */
final class CopyMessages {

    private CopyMessages() {
    }

    static Selection run(PooledStore connection, String path, List<Long> uids, String target) throws MessagingException {
        Argument mailbox = TargetFolder.argument(connection, target);
        try (SelectedFolder selected = SelectedFolder.readWrite(connection, path)) {
            List<Long> found = UidCommand.existing(selected.folder(), uids);
            if (!found.isEmpty()) {
                UidCommand.run(selected.folder(), "COPY", found, mailbox);
            }
            return new Selection(found, UidCommand.missing(uids, found), false);
        }
    }
}
