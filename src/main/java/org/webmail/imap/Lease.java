package org.webmail.imap;

import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * A connection lent to one request. Give it back exactly once: {@link #release()} when it is still good,
 * {@link #discard()} when the server dropped it or its state is unknown.
 */
final class Lease {

    private final ImapSessionPool pool;
    private final PooledStore connection;
    private boolean returned;

    Lease(ImapSessionPool pool, PooledStore connection) {
        this.pool = pool;
        this.connection = connection;
    }

    IMAPStore store() {
        return connection.store();
    }

    PooledStore connection() {
        return connection;
    }

    void release() {
        if (!returned) {
            returned = true;
            pool.giveBack(connection);
        }
    }

    void discard() {
        if (!returned) {
            returned = true;
            pool.discard(connection);
        }
    }
}
