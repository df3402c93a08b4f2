package org.webmail.imap;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/** One user's share of the pool. Guarded by the pool's lock; never touched without it. */
final class UserConnections {

    /** Every connection of this user in any state: opening, idle, lent, or being logged out. */
    int count;
    int leased;
    int generation;
    byte[] fingerprint;
    /** Most recently used first: reuse the warmest connection and let the others age out. */
    final Deque<PooledStore> idle = new ArrayDeque<>();

    boolean openedWith(byte[] candidate) {
        return CredentialFingerprint.same(fingerprint, candidate);
    }

    boolean unused() {
        return count == 0;
    }

    /** Moves the generation on: idle connections are handed back for closing, lent ones are closed when released. */
    List<PooledStore> retire() {
        generation++;
        fingerprint = null;
        return drainIdle();
    }

    List<PooledStore> drainIdle() {
        List<PooledStore> drained = new ArrayList<>(idle);
        idle.clear();
        return drained;
    }

    List<PooledStore> idleSince(Instant cutoff) {
        List<PooledStore> expired = new ArrayList<>();
        for (Iterator<PooledStore> it = idle.descendingIterator(); it.hasNext(); ) {
            PooledStore connection = it.next();
            if (!connection.lastUsed().isAfter(cutoff)) {
                expired.add(connection);
                it.remove();
            }
        }
        return expired;
    }
}
