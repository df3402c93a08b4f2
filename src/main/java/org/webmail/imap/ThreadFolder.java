package org.webmail.imap;

import java.util.List;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jboss.logging.Logger;

/**
 * A selected folder's conversations, newest activity first: the server's THREAD=REFERENCES (RFC 5256) when it
 * offers it, which threads the whole folder from the server's own index, else {@link WindowThreads} here.
 */
final class ThreadFolder {

    private static final Logger LOG = Logger.getLogger(ThreadFolder.class);

    /**
     * @param newestFirst each conversation's UIDs, parent before child
     * @param window      0 when every message of the folder was threaded, else how many of the newest were
     * @param byServer    whether the server's THREAD did it
     */
    record Threads(List<List<Long>> newestFirst, int window, boolean byServer) {
    }

    private final boolean askServer;
    private final int window;

    /** {@code askServer} false threads locally even when the server could (tests compare the two). */
    ThreadFolder(boolean askServer, int window) {
        this.askServer = askServer;
        this.window = window;
    }

    Threads of(PooledStore connection, IMAPFolder folder) throws MessagingException {
        IMAPStore store = connection.store();
        if (askServer && store.hasCapability("THREAD=REFERENCES")) {
            LOG.debugf("threading %s with the server's THREAD=REFERENCES", folder.getFullName());
            return new Threads(ServerThreads.newestFirst(folder, store.hasCapability("SORT")), 0, true);
        }
        int total = folder.getMessageCount();
        return new Threads(WindowThreads.newestFirst(folder, window), total > window ? window : 0, false);
    }
}
