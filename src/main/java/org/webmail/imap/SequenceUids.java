package org.webmail.imap;

import java.util.Arrays;

/**
 * The UID of every message by sequence number, for servers without QRESYNC: their EXPUNGE names a sequence number
 * only (RFC 3501 section 7.4.1), so the UID it had must be known beforehand. Eight bytes a message, instead of one
 * Angus message object each. 0 marks a message that arrived and whose UID is not fetched yet.
 */
final class SequenceUids {

    private long[] uids;
    private int size;

    SequenceUids(long[] uids) {
        this.uids = uids;
        this.size = uids.length;
    }

    /** EXISTS: the folder now holds {@code count} messages; the new ones are unknown yet. */
    void exists(int count) {
        if (count > uids.length) {
            uids = Arrays.copyOf(uids, Math.max(count, uids.length + uids.length / 2 + 16));
        }
        if (count > size) {
            Arrays.fill(uids, size, count, 0);
        }
        size = count;
    }

    /** EXPUNGE: removes the message and renumbers the ones after it; returns its UID, or 0 if it was never known. */
    long expunge(int sequence) {
        if (sequence < 1 || sequence > size) {
            return 0;
        }
        long uid = uids[sequence - 1];
        System.arraycopy(uids, sequence, uids, sequence - 1, size - sequence);
        size--;
        return uid;
    }

    void learn(int sequence, long uid) {
        if (sequence >= 1 && sequence <= size) {
            uids[sequence - 1] = uid;
        }
    }

    /** The UID at this sequence number, or 0 if unknown. */
    long at(int sequence) {
        return sequence < 1 || sequence > size ? 0 : uids[sequence - 1];
    }

    int size() {
        return size;
    }
}
