package org.webmail.imap;

import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.jboss.logging.Logger;
import org.webmail.imap.mime.MimeReader;

import java.io.IOException;
import java.util.List;

/**
 * {@link MailStore} over Jakarta Mail: every operation runs inside a pool lease and returns plain records.
 * A read that loses its connection (BYE, reset, timeout) is retried once on a fresh connection, so a restarted
 * server or a connection the server timed out (RFC 3501 section 5.4) costs the user nothing.
 */
@ApplicationScoped
public class JakartaMailStore implements MailStore {

    private static final Logger LOG = Logger.getLogger(JakartaMailStore.class);
    /** Inline images larger than this are left to the attachment list. */
    static final int MAX_INLINE_IMAGE_BYTES = 2 * 1024 * 1024;
    /** About 8 MB of int[]: a few thousand typical folders, or a handful of 100k-message ones. */
    private static final int SORT_CACHE_NUMBERS = 2_000_000;

    private final ImapSessionPool pool;
    private final ImapMetrics metrics;
    private final SortedOrderCache sortCache = new SortedOrderCache(SORT_CACHE_NUMBERS);
    private final ListMessagePage listMessagePage = new ListMessagePage(sortCache);
    private final OpenMessage openMessage;
    private final FetchPart fetchPart;

    @Inject
    public JakartaMailStore(ImapSessionPool pool, ImapMetrics metrics) {
        this.pool = pool;
        this.metrics = metrics;
        MimeReader reader = new MimeReader(MAX_INLINE_IMAGE_BYTES);
        this.openMessage = new OpenMessage(reader);
        this.fetchPart = new FetchPart(reader);
    }

    @Override
    public void verifyLogin(MailCredentials credentials) {
        // A sign-in proves the credentials with a fresh LOGIN rather than trusting a connection opened earlier.
        pool.retire(credentials.username());
        pool.lease(credentials).release();
    }

    @Override
    public void connect(MailCredentials credentials) {
        pool.lease(credentials).release();
    }

    @Override
    public List<FolderInfo> folders(MailCredentials credentials) {
        return run(credentials, "folders", ListFolders::run);
    }

    @Override
    public MessagePage listMessages(MailCredentials credentials, String folder, int page, int pageSize) {
        return run(credentials, "list", connection -> listMessagePage.run(connection, folder, page, pageSize));
    }

    @Override
    public MessageDetail openMessage(MailCredentials credentials, String folder, long uid, boolean markSeen) {
        return run(credentials, "open", connection -> openMessage.run(connection, folder, uid, markSeen));
    }

    @Override
    public SpooledContent part(MailCredentials credentials, String folder, long uid, String partPath) {
        return run(credentials, "part", connection -> fetchPart.run(connection, folder, uid, partPath));
    }

    @Override
    public SpooledContent source(MailCredentials credentials, String folder, long uid) {
        return run(credentials, "source", connection -> FetchSource.run(connection, folder, uid));
    }

    @Override
    public MessageHeaders threadingHeaders(MailCredentials credentials, String folder, long uid) {
        return run(credentials, "headers", connection -> ChangeMessage.threading(connection, folder, uid));
    }

    @Override
    public long append(MailCredentials credentials, String folder, java.nio.file.Path rfc822, java.util.Set<MessageFlag> flags) {
        // Not retried: an APPEND whose reply was lost may have stored the message, and a second one would duplicate it.
        return runOnce(credentials, "append", connection -> AppendMessage.run(connection, folder, rfc822, flags));
    }

    @Override
    public void remove(MailCredentials credentials, String folder, long uid) {
        run(credentials, "remove", connection -> ChangeMessage.remove(connection, folder, uid));
    }

    @Override
    public void addFlags(MailCredentials credentials, String folder, long uid, java.util.Set<MessageFlag> flags) {
        run(credentials, "flag", connection -> ChangeMessage.addFlags(connection, folder, uid, flags));
    }

    @Override
    public java.util.Optional<String> folderWithRole(MailCredentials credentials, FolderRole role) {
        return folders(credentials).stream().filter(f -> f.role() == role && f.selectable()).map(FolderInfo::path).findFirst();
    }

    // --- organise: flags, copy, move, delete, archive, junk on one message or a selection ---

    @Override
    public Selection changeFlags(MailCredentials credentials, String folder, List<Long> uids, java.util.Set<MessageFlag> flags, boolean add) {
        return run(credentials, "flag", connection -> StoreFlags.run(connection, folder, uids, flags, add));
    }

    @Override
    public Selection copy(MailCredentials credentials, String folder, List<Long> uids, String target) {
        // Not retried: a COPY whose reply was lost may have copied, and a second one would duplicate the messages.
        return runOnce(credentials, "copy", connection -> CopyMessages.run(connection, folder, uids, target));
    }

    @Override
    public Selection move(MailCredentials credentials, String folder, List<Long> uids, String target) {
        return runOnce(credentials, "move", connection -> MoveMessages.run(connection, folder, uids, target));
    }

    @Override
    public Selection expunge(MailCredentials credentials, String folder, List<Long> uids) {
        return run(credentials, "expunge", connection -> ExpungeMessages.run(connection, folder, uids));
    }

    @Override
    public String createRoleFolder(MailCredentials credentials, FolderRole role, String path) {
        return runOnce(credentials, "create", connection -> CreateRoleFolder.run(connection, role, path));
    }

    // --- end organise ---

    // --- folders: create, rename, delete, subscribe; quota ---

    // Changes run once: a RENAME or DELETE whose reply was lost may have happened, and a retry would be refused.
    @Override
    public String createFolder(MailCredentials credentials, String parent, String name) {
        return runOnce(credentials, "create-folder", connection -> CreateFolder.run(connection, parent, name));
    }

    @Override
    public String renameFolder(MailCredentials credentials, String path, String newParent, String newName) {
        try {
            return runOnce(credentials, "rename-folder", connection -> RenameFolder.run(connection, path, newParent, newName));
        } finally {
            sortCache.forget(credentials.username(), path); // the old name may be reused by a new folder
        }
    }

    @Override
    public void deleteFolder(MailCredentials credentials, String path) {
        try {
            runOnce(credentials, "delete-folder", connection -> {
                DeleteFolder.run(connection, path);
                return null;
            });
        } finally {
            sortCache.forget(credentials.username(), path);
        }
    }

    @Override
    public java.util.Set<String> subscribedFolders(MailCredentials credentials) {
        return run(credentials, "subscriptions", Subscriptions::list);
    }

    @Override
    public void setSubscribed(MailCredentials credentials, String path, boolean subscribed) {
        run(credentials, "subscribe", connection -> {
            Subscriptions.change(connection, path, subscribed);
            return null;
        });
    }

    @Override
    public java.util.Optional<MailQuota> quota(MailCredentials credentials) {
        return run(credentials, "quota", ReadQuota::run);
    }

    // --- end folders ---

    // --- search ---

    @Override
    public SearchPage search(MailCredentials credentials, String folder, SearchCriteria criteria, int page, int pageSize) {
        return run(credentials, "search", connection -> SearchFolder.run(connection, folder, criteria, page, pageSize));
    }

    @Override
    public SearchPage searchAll(MailCredentials credentials, SearchCriteria criteria, int page, int pageSize,
                                java.time.Duration maxRunTime) {
        return run(credentials, "search-all", connection -> SearchAllFolders.run(connection, criteria, page, pageSize, maxRunTime));
    }

    // --- end search ---

    // --- conversations ---

    private final ThreadFolder threadFolder = new ThreadFolder(true, WindowThreads.WINDOW);
    private final ListConversations listConversations = new ListConversations(threadFolder);
    private final OpenConversation openConversation = new OpenConversation(threadFolder);

    @Override
    public ConversationPage listConversations(MailCredentials credentials, String folder, int page, int pageSize) {
        return run(credentials, "conversations", connection -> listConversations.run(connection, folder, page, pageSize));
    }

    @Override
    public Conversation conversation(MailCredentials credentials, String folder, long uid, String sentFolder) {
        return run(credentials, "conversation", connection -> openConversation.run(connection, folder, uid, sentFolder));
    }

    // --- end conversations ---

    @Override
    public void retire(String username) {
        pool.retire(username);
        sortCache.forget(username);
        threadFolder.forget(username);
    }

    /** IMAP work on one leased connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(PooledStore connection) throws MessagingException, IOException;
    }

    <T> T run(MailCredentials credentials, String operation, Work<T> work) {
        return timed(operation, () -> attempt(credentials, work, true));
    }

    /** For work that must not run twice (APPEND): a dropped connection is reported, not retried. */
    <T> T runOnce(MailCredentials credentials, String operation, Work<T> work) {
        return timed(operation, () -> attempt(credentials, work, false));
    }

    private <T> T timed(String operation, java.util.function.Supplier<T> call) {
        Timer.Sample sample = Timer.start();
        try {
            return call.get();
        } finally {
            sample.stop(metrics.command(operation));
        }
    }

    private <T> T attempt(MailCredentials credentials, Work<T> work, boolean mayRetry) {
        Lease lease = pool.lease(credentials);
        T result;
        try {
            result = work.on(lease.connection());
        } catch (MailStoreException e) {
            lease.release(); // an answer about the request (no such folder); the connection is fine
            throw e;
        } catch (MessagingException | IOException | IllegalStateException e) {
            if (!ConnectionDrop.isDrop(e)) {
                lease.release();
                throw new MailStoreException("The mail server could not complete the request: " + e.getMessage(), e);
            }
            lease.discard();
            if (!mayRetry) {
                throw new MailServerUnavailableException("The mail server cannot be reached right now (the connection was lost).", e);
            }
            LOG.debugf("IMAP connection of %s dropped (%s); retrying once on a fresh one", credentials.username(), e.getMessage());
            metrics.reconnected();
            return attempt(credentials, work, false);
        } catch (RuntimeException | Error e) {
            lease.discard(); // unknown state (a folder may still be open): never lend this connection again
            throw e;
        }
        lease.release();
        return result;
    }
}
