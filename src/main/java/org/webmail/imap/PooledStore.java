package org.webmail.imap;

import org.eclipse.angus.mail.imap.IMAPStore;

import java.time.Instant;

/**
 * One logged-in IMAP connection owned by the pool. {@code generation} is the user's generation when it was opened;
 * once the user's generation moves on (logout, new credentials) this connection is never lent again.
 */
final class PooledStore {

    private final IMAPStore store;
    private final String username;
    private final int generation;
    private volatile Instant lastUsed;
    /** The server's hierarchy delimiter (RFC 3501 section 6.3.8), learnt from the first LIST on this connection. */
    private volatile char delimiter;

    PooledStore(IMAPStore store, String username, int generation, Instant openedAt) {
        this.store = store;
        this.username = username;
        this.generation = generation;
        this.lastUsed = openedAt;
    }

    IMAPStore store() {
        return store;
    }

    String username() {
        return username;
    }

    int generation() {
        return generation;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    void usedAt(Instant instant) {
        this.lastUsed = instant;
    }

    /** 0 while not yet known. */
    char delimiter() {
        return delimiter;
    }

    void delimiter(char delimiter) {
        this.delimiter = delimiter;
    }
}
