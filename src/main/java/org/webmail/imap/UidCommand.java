package org.webmail.imap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.UIDSet;

/**
 * UID commands (RFC 3501 section 6.4.8) on the selected folder. UIDs, unlike message sequence numbers, keep naming
 * the same messages while other clients expunge, so a whole selection goes to the server as one UID set.
 */
final class UidCommand {

    private UidCommand() {
    }

    /** The asked-for UIDs that the selected folder still holds, ascending: one UID FETCH (UID). */
    static List<Long> existing(IMAPFolder folder, Collection<Long> uids) throws MessagingException {
        long[] asked = uids.stream().mapToLong(Long::longValue).filter(uid -> uid > 0).distinct().sorted().toArray();
        if (asked.length == 0) {
            return List.of();
        }
        List<Long> found = new ArrayList<>();
        for (Message message : folder.getMessagesByUID(asked)) {
            if (message != null && !message.isExpunged()) {
                found.add(folder.getUID(message));
            }
        }
        return found.stream().sorted().distinct().toList();
    }

    /** The UIDs asked for but not found. */
    static List<Long> missing(Collection<Long> asked, List<Long> found) {
        return asked.stream().filter(uid -> !found.contains(uid)).distinct().sorted().toList();
    }

    /** A compact UID set, e.g. "3:5,9" (RFC 3501 section 9, sequence-set). */
    static String set(List<Long> uids) {
        long[] sorted = uids.stream().mapToLong(Long::longValue).sorted().toArray();
        return UIDSet.toString(UIDSet.createUIDSets(sorted));
    }

    /**
     * Sends {@code UID <command> <uid set> <arguments>}; a NO or BAD becomes an exception. Untagged responses
     * (EXPUNGE after a MOVE, FETCH after a STORE) go to Angus too, so its view of the open folder stays right.
     */
    static void run(IMAPFolder folder, String command, List<Long> uids, Argument arguments) throws MessagingException {
        Argument args = new Argument();
        args.writeAtom(set(uids));
        if (arguments != null) {
            args.append(arguments);
        }
        folder.doCommand(protocol -> {
            Response[] responses = protocol.command("UID " + command, args);
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return null;
        });
    }
}
