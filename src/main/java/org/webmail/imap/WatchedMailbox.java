package org.webmail.imap;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.event.MailEvent;
import jakarta.mail.event.MessageChangedEvent;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.MessageVanishedEvent;
import org.eclipse.angus.mail.imap.ResyncData;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One folder, EXAMINEd on a connection of its own, and the changes other clients make to it. Asked for news, it
 * waits in IDLE (RFC 2177) or, on a server without IDLE, sends NOOP after a pause (RFC 3501 section 6.1.2); the
 * untagged responses go to Angus's message cache and to a {@link ChangeTracker}, and are then turned into
 * {@link MailboxChange}s, fetching the rows of new mail with the folder page's own FETCH.
 *
 * <p>With QRESYNC (RFC 7162) the folder is reopened after a drop with the UIDVALIDITY and HIGHESTMODSEQ seen last, and
 * the server says exactly what changed meanwhile; without it a reconnect can only say {@link MailboxChange.Resync}.
 */
final class WatchedMailbox implements AutoCloseable {

    /** Above this many messages a server without QRESYNC gets no UID map (8 bytes each): an expunge then means Resync. */
    static final int MAPPED_MESSAGES = 20_000;

    private final IMAPStore store;
    private final IMAPFolder folder;
    private final boolean qresync;
    private final boolean idle;
    private final ChangeTracker tracker;
    private final long uidValidity;
    private final List<MailboxChange> caughtUp;
    private long uidNext;
    /** Without QRESYNC: the UIDs the folder held at the last look, ascending, to tell which went after an EXPUNGE. */
    private long[] shown;
    private final Object idleLock = new Object();
    private IMAPProtocol idling;
    private boolean doneSent;

    private WatchedMailbox(IMAPStore store, String path, Resume resume) throws MessagingException {
        this.store = store;
        this.qresync = store.hasCapability("QRESYNC");
        this.idle = store.hasCapability("IDLE");
        char delimiter = store.getDefaultFolder().getSeparator();
        this.folder = (IMAPFolder) store.getFolder(FolderPaths.toServerName(path, delimiter == 0 ? '/' : delimiter));
        List<MailEvent> resynced = open(resume);
        this.uidValidity = folder.getUIDValidity();
        this.uidNext = folder.getUIDNext();
        this.tracker = new ChangeTracker(qresync ? null : mapUids(), folder.getMessageCount(), qresync ? folder.getHighestModSeq() : 0);
        folder.doCommand(protocol -> {
            protocol.addResponseHandler(tracker);
            return null;
        });
        this.caughtUp = catchUp(resume, resynced);
    }

    /** Opens the folder of the credentials' user; {@code resume} is where the previous connection left off, or null. */
    static WatchedMailbox open(ImapConnector connector, MailCredentials credentials, String path, Resume resume) {
        IMAPStore store = connector.open(credentials);
        try {
            return new WatchedMailbox(store, path, resume);
        } catch (jakarta.mail.FolderNotFoundException e) {
            closeQuietly(store);
            throw new FolderNotFoundException("There is no folder \"" + path + "\".", e);
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(store);
            throw e instanceof RuntimeException runtime ? runtime : new MailServerUnavailableException("The folder could not be watched: " + e.getMessage(), e);
        }
    }

    private List<MailEvent> open(Resume resume) throws MessagingException {
        if (!qresync) {
            folder.open(Folder.READ_ONLY);
            return List.of();
        }
        // ENABLE QRESYNC (RFC 7162 section 3.2.3) before EXAMINE, so expunges arrive as VANISHED with their UIDs.
        ((IMAPFolder) store.getDefaultFolder()).doCommand(protocol -> {
            if (!protocol.isEnabled("QRESYNC")) {
                protocol.enable("QRESYNC");
            }
            return null;
        });
        if (resume == null) {
            folder.open(Folder.READ_ONLY);
            return List.of();
        }
        List<MailEvent> events = folder.open(Folder.READ_ONLY, new ResyncData(resume.uidValidity(), resume.highestModSeq()));
        return events == null ? List.of() : events;
    }

    private SequenceUids mapUids() throws MessagingException {
        if (folder.getMessageCount() > MAPPED_MESSAGES) {
            return null;
        }
        shown = searchUids();
        return new SequenceUids(shown.clone());
    }

    /** UID SEARCH ALL: the UIDs in sequence order (RFC 3501 section 2.3.1.2), one line instead of a FETCH per message. */
    private long[] searchUids() throws MessagingException {
        return (long[]) folder.doCommand(protocol -> {
            Response[] responses = protocol.command("UID SEARCH ALL", null);
            List<Long> found = new ArrayList<>();
            for (int i = 0; i < responses.length - 1; i++) {
                if (responses[i] instanceof IMAPResponse r && r.keyEquals("SEARCH")) {
                    for (long uid = r.readLong(); uid > 0; uid = r.readLong()) {
                        found.add(uid);
                    }
                    responses[i] = null;
                }
            }
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return found.stream().mapToLong(Long::longValue).toArray();
        });
    }

    /** What changed while no connection watched: exact with QRESYNC and the same UIDVALIDITY, else a Resync. */
    private List<MailboxChange> catchUp(Resume resume, List<MailEvent> resynced) throws MessagingException {
        if (resume == null) {
            return List.of();
        }
        if (!qresync || resume.uidValidity() != uidValidity) {
            return List.of(new MailboxChange.Resync());
        }
        List<MailboxChange> changes = new ArrayList<>();
        for (MailEvent event : resynced) {
            if (event instanceof MessageVanishedEvent vanished) {
                for (long uid : vanished.getUIDs()) {
                    if (uid < resume.uidNext()) {
                        changes.add(new MailboxChange.Gone(uid));
                    }
                }
            } else if (event instanceof MessageChangedEvent changed && !changed.getMessage().isExpunged()) {
                long uid = folder.getUID(changed.getMessage());
                if (uid < resume.uidNext()) {
                    changes.add(flagsOf(uid, changed.getMessage().getFlags()));
                }
            }
        }
        uidNext = resume.uidNext();
        changes.addAll(arrivals());
        return changes;
    }

    /** The changes found while reopening (QRESYNC catch-up or Resync), then nothing more. */
    List<MailboxChange> caughtUp() {
        return caughtUp;
    }

    /**
     * Waits until another client changes the folder, or {@code renewAfter} passes (RFC 2177 section 3: IDLE must be
     * re-issued within 29 minutes; a connection quiet that long may also be dead; and some servers, GreenMail among
     * them, report flag changes only when IDLE ends), or {@link #wake} is called. {@code timers} ends IDLE on time
     * even while the read blocks.
     */
    List<MailboxChange> awaitChanges(java.time.Duration renewAfter, java.time.Duration pollEvery,
                                     java.util.concurrent.ScheduledExecutorService timers) throws MessagingException {
        if (idle) {
            java.util.concurrent.ScheduledFuture<?> renewal = timers.schedule(this::wake, renewAfter.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            try {
                folder.doCommand(this::idleUntilNews);
            } finally {
                renewal.cancel(false);
            }
        } else {
            sleep(pollEvery);
            folder.doCommand(protocol -> {
                protocol.noop();
                return null;
            });
        }
        return changes();
    }

    private Object idleUntilNews(IMAPProtocol protocol) throws ProtocolException {
        protocol.idleStart();
        synchronized (idleLock) {
            idling = protocol;
            doneSent = false;
        }
        try {
            while (true) {
                if (tracker.hasNews() || Thread.currentThread().isInterrupted()) {
                    wake();
                }
                Response response = protocol.readIdleResponse();
                if (response == null) {
                    return null;
                }
                if (IdleTimeouts.quiet(response)) {
                    if (doneSent()) {
                        throw new ProtocolException("no answer to DONE within the read timeout"); // a dead connection
                    }
                    continue; // the socket's read timeout passed with nothing said: keep waiting (as IMAPFolder.idle does)
                }
                if (!protocol.processIdleResponse(response)) {
                    return null;
                }
            }
        } finally {
            synchronized (idleLock) {
                idling = null;
            }
        }
    }

    /**
     * Ends IDLE now, from any thread: sends DONE once, and only while this IDLE runs (a DONE after it ended would
     * be taken by the server as a bad command); {@link #awaitChanges} then returns.
     */
    void wake() {
        synchronized (idleLock) {
            if (idling != null && !doneSent) {
                idling.idleAbort();
                doneSent = true;
            }
        }
    }

    private boolean doneSent() {
        synchronized (idleLock) {
            return doneSent;
        }
    }

    boolean inIdle() {
        synchronized (idleLock) {
            return idling != null;
        }
    }

    private List<MailboxChange> changes() throws MessagingException {
        ChangeTracker.Noted noted = tracker.drain();
        if (noted.lost()) {
            return List.of(new MailboxChange.Resync());
        }
        if (!qresync && noted.expunged()) {
            return reexamined(noted);
        }
        List<MailboxChange> changes = new ArrayList<>();
        noted.gone().forEach(uid -> changes.add(new MailboxChange.Gone(uid)));
        List<MailboxChange> arrivals = noted.arrived() ? arrivals() : List.of();
        java.util.Set<Long> newUids = new java.util.HashSet<>();
        arrivals.forEach(a -> newUids.add(((MailboxChange.Arrived) a).row().uid()));
        for (Map.Entry<Long, Flags> change : noted.flags().entrySet()) {
            if (!newUids.contains(change.getKey())) {
                changes.add(flagsOf(change.getKey(), change.getValue()));
            }
        }
        changes.addAll(arrivals);
        return changes;
    }

    /**
     * After a plain EXPUNGE (no QRESYNC): every later sequence number moved (RFC 3501 section 7.4.1), so the folder is
     * examined afresh and its UIDs compared with the last look. What went is then exact even when the server's
     * sequence numbers and ours disagree: GreenMail 2.1 sends "* 3 EXPUNGE" during IDLE and, after DONE, a stale
     * "* 3 FETCH (FLAGS (\Deleted))" and "* 3 EXPUNGE" again (seen on the wire), which taken literally would remove
     * the next message too. Angus's message cache, which counted it twice as well, starts clean; the flags noted
     * meanwhile are read again.
     */
    private List<MailboxChange> reexamined(ChangeTracker.Noted noted) throws MessagingException {
        long[] before = shown;
        folder.close(false);
        folder.open(Folder.READ_ONLY);
        folder.doCommand(protocol -> {
            protocol.removeResponseHandler(tracker); // the folder may have the same connection again
            protocol.addResponseHandler(tracker);
            return null;
        });
        long[] now = searchUids();
        tracker.restart(new SequenceUids(now.clone()), folder.getMessageCount());
        shown = now;
        List<MailboxChange> changes = new ArrayList<>();
        for (long uid : before) {
            if (java.util.Arrays.binarySearch(now, uid) < 0) {
                changes.add(new MailboxChange.Gone(uid));
            }
        }
        long[] stillThere = noted.flags().keySet().stream().mapToLong(Long::longValue)
                .filter(uid -> java.util.Arrays.binarySearch(now, uid) >= 0 && uid < uidNext).toArray();
        if (stillThere.length > 0) {
            jakarta.mail.FetchProfile flagsOnly = new jakarta.mail.FetchProfile();
            flagsOnly.add(jakarta.mail.FetchProfile.Item.FLAGS);
            flagsOnly.add(UIDFolder.FetchProfileItem.UID);
            Message[] messages = folder.getMessagesByUID(stillThere);
            folder.fetch(java.util.Arrays.stream(messages).filter(java.util.Objects::nonNull).toArray(Message[]::new), flagsOnly);
            for (Message message : messages) {
                if (message != null && !message.isExpunged()) {
                    changes.add(flagsOf(folder.getUID(message), message.getFlags()));
                }
            }
        }
        changes.addAll(arrivals());
        return changes;
    }

    /** The rows of messages with a UID at or above the last UIDNEXT, oldest first; moves UIDNEXT past them. */
    private List<MailboxChange> arrivals() throws MessagingException {
        Message[] candidates = folder.getMessagesByUID(uidNext, UIDFolder.LASTUID);
        List<Message> fresh = new ArrayList<>();
        for (Message message : candidates) {
            // "n:*" matches the last message even when its UID is below n (RFC 3501 section 6.4.8)
            if (message != null && !message.isExpunged() && folder.getUID(message) >= uidNext) {
                fresh.add(message);
            }
        }
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<MailboxChange> arrived = new ArrayList<>();
        for (MessageSummary row : MessageRows.fetch(folder, fresh.toArray(Message[]::new))) {
            arrived.add(new MailboxChange.Arrived(row));
            uidNext = Math.max(uidNext, row.uid() + 1);
            if (shown != null && java.util.Arrays.binarySearch(shown, row.uid()) < 0) {
                shown = java.util.Arrays.copyOf(shown, shown.length + 1);
                shown[shown.length - 1] = row.uid(); // UIDs only grow (RFC 3501 2.3.1.1): still ascending
            }
        }
        return arrived;
    }

    private static MailboxChange.FlagsChanged flagsOf(long uid, Flags flags) {
        return new MailboxChange.FlagsChanged(uid, flags.contains(Flags.Flag.SEEN), flags.contains(Flags.Flag.FLAGGED),
                flags.contains(Flags.Flag.ANSWERED));
    }

    /** Where to pick up after a drop: the folder's identity and how far its changes were reported. */
    Resume resume() {
        return new Resume(uidValidity, tracker.highestModSeq(), uidNext);
    }

    record Resume(long uidValidity, long highestModSeq, long uidNext) {
    }

    private static void sleep(java.time.Duration pause) throws MessagingException {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingException("stopped", e);
        }
    }

    @Override
    public void close() {
        try {
            if (folder.isOpen()) {
                folder.close(false); // EXAMINEd: nothing to expunge
            }
        } catch (MessagingException | RuntimeException e) {
            // the connection is going anyway
        }
        closeQuietly(store);
    }

    private static void closeQuietly(IMAPStore store) {
        try {
            store.close();
        } catch (MessagingException | RuntimeException e) {
            // already gone
        }
    }
}
