package org.webmail.imap;

import java.util.List;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.Argument;

/**
 * Moves a selection to another folder. With MOVE (RFC 6851) that is one UID MOVE, atomic on the server. Without it,
 * the RFC 6851 section 1 recipe: UID COPY, UID STORE +FLAGS (\Deleted), then UID EXPUNGE of just those UIDs (UIDPLUS,
 * RFC 4315 section 2.1). A server with neither keeps the originals marked \Deleted: a bare EXPUNGE would also
 * remove whatever else someone marked \Deleted in that folder, so the webmail never sends one.
 */
final class MoveMessages {

    private MoveMessages() {
    }

    static Selection run(PooledStore connection, String path, List<Long> uids, String target) throws MessagingException {
        Argument mailbox = TargetFolder.argument(connection, target);
        try (SelectedFolder selected = SelectedFolder.readWrite(connection, path)) {
            List<Long> found = UidCommand.existing(selected.folder(), uids);
            List<Long> missing = UidCommand.missing(uids, found);
            if (found.isEmpty()) {
                return new Selection(found, missing, false);
            }
            if (connection.store().hasCapability("MOVE")) {
                UidCommand.run(selected.folder(), "MOVE", found, mailbox);
                return new Selection(found, missing, false);
            }
            UidCommand.run(selected.folder(), "COPY", found, mailbox);
            boolean expunged = ExpungeMessages.deleteAndExpunge(connection, selected, found);
            return new Selection(found, missing, !expunged);
        }
    }
}
