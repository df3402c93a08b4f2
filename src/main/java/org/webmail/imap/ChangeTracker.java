package org.webmail.imap;

import jakarta.mail.Flags;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.iap.ResponseHandler;
import org.eclipse.angus.mail.imap.protocol.ENVELOPE;
import org.eclipse.angus.mail.imap.protocol.FLAGS;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.MODSEQ;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.imap.protocol.UIDSet;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Notes what the server's untagged responses say about the watched folder, whichever command they came with (IDLE,
 * NOOP, a FETCH of ours): RFC 3501 section 7 lets a server send them at any time. Runs on the watcher's thread as a
 * response handler beside Angus's own, which keeps its message cache in step; this one only records facts for
 * {@link WatchedMailbox} to turn into {@link MailboxChange}s once the server is quiet.
 */
final class ChangeTracker implements ResponseHandler {

    /** Null with QRESYNC: every FETCH then carries the UID (RFC 7162 section 3.2.4) and expunges come as VANISHED. */
    private SequenceUids uids;
    private int count;
    private boolean arrived;
    private boolean expunged;
    private boolean lost;
    private final Set<Long> gone = new LinkedHashSet<>();
    private final Map<Long, Flags> flags = new LinkedHashMap<>();
    private long highestModSeq;

    ChangeTracker(SequenceUids uids, int count, long highestModSeq) {
        this.uids = uids;
        this.count = count;
        this.highestModSeq = highestModSeq;
    }

    @Override
    public void handleResponse(Response response) {
        if (!(response instanceof IMAPResponse untagged) || !untagged.isUnTagged()) {
            return;
        }
        if (untagged.keyEquals("EXISTS")) {
            exists(untagged.getNumber());
        } else if (untagged.keyEquals("EXPUNGE")) {
            expunge(untagged.getNumber());
        } else if (untagged.keyEquals("VANISHED")) {
            vanished(untagged.toString());
        } else if (untagged instanceof FetchResponse fetch) {
            fetched(fetch);
        }
    }

    private void exists(int now) {
        if (uids != null) {
            uids.exists(now);
        }
        if (now > count) {
            arrived = true;
        }
        count = now;
    }

    private void expunge(int sequence) {
        expunged = true;
        count = Math.max(0, count - 1);
        long uid = uids == null ? 0 : uids.expunge(sequence);
        if (uids == null) {
            lost = true; // a plain EXPUNGE without a map: which message went cannot be told
        } else if (uid > 0) {
            gone(uid);
        } // else: it arrived and went before we fetched it; no page ever showed it
    }

    /** "* VANISHED 3:5,9" while selected; "* VANISHED (EARLIER) ..." answers a QRESYNC catch-up (RFC 7162 3.2.10). */
    private void vanished(String line) {
        String[] words = line.trim().split("\\s+");
        String set = words[words.length - 1];
        boolean earlier = line.toUpperCase(java.util.Locale.ROOT).contains("(EARLIER)");
        for (long uid : UIDSet.toArray(UIDSet.parseUIDSets(set))) {
            gone(uid);
        }
        if (!earlier) {
            count = Math.max(0, count - (int) UIDSet.size(UIDSet.parseUIDSets(set)));
        }
    }

    private void gone(long uid) {
        gone.add(uid);
        flags.remove(uid);
    }

    private void fetched(FetchResponse fetch) {
        UID uidItem = fetch.getItem(UID.class);
        long uid = uidItem != null ? uidItem.uid : uids == null ? 0 : uids.at(fetch.getNumber());
        if (uidItem != null && uids != null) {
            uids.learn(fetch.getNumber(), uidItem.uid);
        }
        MODSEQ modseq = fetch.getItem(MODSEQ.class);
        if (modseq != null) {
            highestModSeq = Math.max(highestModSeq, modseq.modseq);
        }
        FLAGS changed = fetch.getItem(FLAGS.class);
        if (changed == null || fetch.getItem(ENVELOPE.class) != null) {
            return; // our own row FETCH of new mail, not a change by someone else
        }
        if (uid > 0) {
            flags.put(uid, changed);
        } else if (uids == null) {
            lost = true;
        } // else: a new message not fetched yet; its row will carry its flags
    }

    /** Whether anything was noted since the last {@link #drain}: time to leave IDLE and report it. */
    boolean hasNews() {
        return arrived || lost || !gone.isEmpty() || !flags.isEmpty();
    }

    /** What was noted since the last call, and forgets it. */
    Noted drain() {
        Noted noted = new Noted(arrived, expunged, lost, List.copyOf(gone), new LinkedHashMap<>(flags));
        arrived = false;
        expunged = false;
        lost = false;
        gone.clear();
        flags.clear();
        return noted;
    }

    long highestModSeq() {
        return highestModSeq;
    }

    /** Starts again from a freshly examined folder: its UIDs in sequence order and its size. */
    void restart(SequenceUids fresh, int messages) {
        this.uids = fresh;
        this.count = messages;
    }

    /**
     * One batch of facts, in the order the server gave them: new mail arrived, a plain EXPUNGE came, which UIDs went,
     * which flags changed; lost = the UIDs cannot be told.
     */
    record Noted(boolean arrived, boolean expunged, boolean lost, List<Long> gone, Map<Long, Flags> flags) {
    }
}
