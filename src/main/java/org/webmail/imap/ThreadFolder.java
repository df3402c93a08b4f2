package org.webmail.imap;

import java.util.List;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.BadCommandException;
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jboss.logging.Logger;

/**
 * A selected folder's conversations, newest activity first: the server's THREAD=REFERENCES (RFC 5256) when it
 * offers it, which threads the whole folder from the server's own index, else {@link WindowThreads} here; also
 * when the server refuses THREAD (NO, BAD) or answers something unreadable.
 */
final class ThreadFolder {

    private static final Logger LOG = Logger.getLogger(ThreadFolder.class);

    /**
     * @param newestFirst each conversation's UIDs, parent before child
     * @param window      0 when every message of the folder was threaded, else how many of the newest were
     * @param byServer    whether the server's THREAD did it
     */
    record Threads(List<List<Long>> newestFirst, int window, boolean byServer) {
        Threads {
            newestFirst = List.copyOf(newestFirst); // shared through the cache: nobody may reorder it
        }
    }

    /** About 24 MB of boxed UIDs at most: a few hundred threaded folders, or ten 100,000-message ones. */
    private static final int CACHED_UIDS = 1_000_000;

    private final boolean askServer;
    private final int window;
    private final ThreadCache cache = new ThreadCache(CACHED_UIDS);

    /** {@code askServer} false threads locally even when the server could (tests compare the two). */
    ThreadFolder(boolean askServer, int window) {
        this.askServer = askServer;
        this.window = window;
    }

    Threads of(PooledStore connection, IMAPFolder folder) throws MessagingException {
        SortedOrderCache.Stamp stamp = new SortedOrderCache.Stamp(folder.getUIDValidity(), folder.getUIDNext(), folder.getMessageCount());
        String path = folder.getFullName();
        Threads cached = cache.get(connection.username(), path, stamp);
        if (cached != null) {
            return cached;
        }
        Threads threads = thread(connection, folder);
        cache.put(connection.username(), path, stamp, threads);
        return threads;
    }

    /** Drops what is remembered of this user's folders (sign-out, new credentials). */
    void forget(String username) {
        cache.forget(username);
    }

    private Threads thread(PooledStore connection, IMAPFolder folder) throws MessagingException {
        IMAPStore store = connection.store();
        if (askServer && store.hasCapability("THREAD=REFERENCES")) {
            try {
                return new Threads(ServerThreads.newestFirst(folder, store.hasCapability("SORT")), 0, true);
            } catch (IllegalArgumentException e) {
                // An answer we cannot read is no reason to show nothing: thread here as for a server without THREAD.
                LOG.warnf("The server's THREAD answer for %s is unreadable (%s); threading here instead", folder.getFullName(), e.getMessage());
            } catch (MessagingException e) {
                if (!ConnectFailures.causedBy(e, CommandFailedException.class) && !ConnectFailures.causedBy(e, BadCommandException.class)) {
                    throw e; // a dropped connection: retried by the store
                }
                LOG.warnf("The server refused THREAD on %s (%s); threading here instead", folder.getFullName(), e.getMessage());
            }
        }
        int total = folder.getMessageCount();
        return new Threads(WindowThreads.newestFirst(folder, window), total > window ? window : 0, false);
    }
}
