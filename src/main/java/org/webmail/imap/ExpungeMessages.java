package org.webmail.imap;

import java.util.List;

import jakarta.mail.MessagingException;

/** Deletes a selection for good: UID STORE +FLAGS (\Deleted), then UID EXPUNGE of just those UIDs (RFC 4315 2.1). */
final class ExpungeMessages {

    private ExpungeMessages() {
    }

    static Selection run(PooledStore connection, String path, List<Long> uids) throws MessagingException {
        try (SelectedFolder selected = SelectedFolder.readWrite(connection, path)) {
            List<Long> found = UidCommand.existing(selected.folder(), uids);
            boolean expunged = found.isEmpty() || deleteAndExpunge(connection, selected, found);
            return new Selection(found, UidCommand.missing(uids, found), !expunged);
        }
    }

    /**
     * Marks the UIDs \Deleted and, when the server has UIDPLUS, expunges exactly them; returns whether they are gone.
     * Without UIDPLUS they stay marked: a plain EXPUNGE (RFC 3501 6.4.3) would take every \Deleted message with them.
     */
    static boolean deleteAndExpunge(PooledStore connection, SelectedFolder selected, List<Long> uids) throws MessagingException {
        StoreFlags.store(selected, uids, "\\Deleted", true);
        if (!connection.store().hasCapability("UIDPLUS")) {
            return false;
        }
        UidCommand.run(selected.folder(), "EXPUNGE", uids, null);
        return true;
    }
}
