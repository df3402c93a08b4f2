package org.webmail.imap;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.Argument;

/** Read/unread and flag/unflag on a selection: one UID STORE +FLAGS or -FLAGS (RFC 3501 section 6.4.6). */
final class StoreFlags {

    private StoreFlags() {
    }

    static Selection run(PooledStore connection, String path, List<Long> uids, Set<MessageFlag> flags, boolean add)
            throws MessagingException {
        try (SelectedFolder selected = SelectedFolder.readWrite(connection, path)) {
            List<Long> found = UidCommand.existing(selected.folder(), uids);
            if (!found.isEmpty()) {
                store(selected, found, list(flags), add);
            }
            return new Selection(found, UidCommand.missing(uids, found), false);
        }
    }

    /** .SILENT: the server need not echo every message's flags back; nothing here reads them. */
    static void store(SelectedFolder selected, List<Long> uids, String flagList, boolean add) throws MessagingException {
        Argument args = new Argument();
        args.writeAtom((add ? "+" : "-") + "FLAGS.SILENT");
        args.writeAtom("(" + flagList + ")");
        UidCommand.run(selected.folder(), "STORE", uids, args);
    }

    /** Our flags as an IMAP flag list; every name is a fixed system flag or keyword, never user text. */
    static String list(Set<MessageFlag> flags) {
        return flags.stream().sorted().map(flag -> switch (flag) {
            case SEEN -> "\\Seen";
            case ANSWERED -> "\\Answered";
            case FLAGGED -> "\\Flagged";
            case DRAFT -> "\\Draft";
            case FORWARDED -> ImapFlags.FORWARDED;
        }).collect(Collectors.joining(" "));
    }
}
