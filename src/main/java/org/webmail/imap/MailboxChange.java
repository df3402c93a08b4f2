package org.webmail.imap;

/**
 * What changed in a watched folder, as plain values (nothing of Jakarta Mail leaves this package). A
 * {@link FolderWatch} hands them over in the order the server reported them.
 */
public sealed interface MailboxChange {

    /** A message arrived (EXISTS, RFC 3501 section 7.3.1): its list row, fetched as the folder page fetches rows. */
    record Arrived(MessageSummary row) implements MailboxChange {
    }

    /** Another client changed a message's flags (an unsolicited FETCH FLAGS, RFC 3501 section 7.4.2). */
    record FlagsChanged(long uid, boolean seen, boolean flagged, boolean answered) implements MailboxChange {
    }

    /** A message left the folder: deleted, or moved elsewhere (EXPUNGE, or VANISHED with QRESYNC, RFC 7162 3.2.10). */
    record Gone(long uid) implements MailboxChange {
    }

    /**
     * The watcher cannot say exactly what changed (it reconnected to a server without QRESYNC, or UIDVALIDITY
     * changed, RFC 3501 section 2.3.1.1): whoever shows the folder should load it again.
     */
    record Resync() implements MailboxChange {
    }

    /** The watcher is connected and in step with the folder; changes from now on are reported. */
    record Watching() implements MailboxChange {
    }
}
