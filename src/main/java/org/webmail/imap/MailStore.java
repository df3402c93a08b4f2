package org.webmail.imap;

import java.util.List;

/**
 * What the services may ask of a user's mail server. The only way into IMAP from outside this package:
 * every answer is a plain record, never a live Jakarta Mail object (a Message dies with its Folder).
 *
 * <p>Folders are named by their path with '/' between hierarchy levels ("Projects/2026"), whatever
 * delimiter the server uses; the implementation translates.
 */
public interface MailStore {

    /** Logs in once to prove the credentials; throws {@link MailAuthenticationException} or {@link MailServerUnavailableException}. */
    void verifyLogin(MailCredentials credentials);

    /**
     * Makes sure the user has a connection for their first page: one of theirs still open in the pool is reused as
     * it is, else a new login with these credentials proves them (and throws like {@link #verifyLogin}). For a sign-in
     * whose identity someone else has just proven (an identity provider), so a returning user pays no new login.
     */
    void connect(MailCredentials credentials);

    /** Every folder with its unread and total counts, parents before their children. */
    List<FolderInfo> folders(MailCredentials credentials);

    /** One page (1-based) of a folder, newest first; only that page is fetched from the server. */
    MessagePage listMessages(MailCredentials credentials, String folder, int page, int pageSize);

    /** A whole message for reading; sets \Seen when {@code markSeen}. */
    MessageDetail openMessage(MailCredentials credentials, String folder, long uid, boolean markSeen);

    /** One MIME part (attachment or inline image), spooled to a temporary file so no connection waits on the browser. */
    SpooledContent part(MailCredentials credentials, String folder, long uid, String partPath);

    /** The message exactly as the server stores it (RFC 5322 source), spooled likewise. */
    SpooledContent source(MailCredentials credentials, String folder, long uid);

    /** Message-ID, In-Reply-To and References of a message, for threading a reply or forward (RFC 5322 3.6.4). */
    MessageHeaders threadingHeaders(MailCredentials credentials, String folder, long uid);

    /**
     * Stores a message in a folder (RFC 3501 APPEND) with the given flags; returns its UID when the server tells it
     * (UIDPLUS APPENDUID, RFC 4315), else -1.
     */
    long append(MailCredentials credentials, String folder, java.nio.file.Path rfc822, java.util.Set<MessageFlag> flags);

    /** Removes one message: \Deleted, then UID EXPUNGE of just that UID (RFC 4315) so no other deleted mail goes. */
    void remove(MailCredentials credentials, String folder, long uid);

    /** Adds flags to one message (\Answered after a reply, $Forwarded after a forward, ...). */
    void addFlags(MailCredentials credentials, String folder, long uid, java.util.Set<MessageFlag> flags);

    /** The folder with this special use (RFC 6154, or the common name), if the account has one. */
    java.util.Optional<String> folderWithRole(MailCredentials credentials, FolderRole role);

    // --- organise: flags, copy, move, delete, archive, junk on one message or a selection ---

    /**
     * Adds ({@code add}) or removes flags on a selection with one UID STORE (RFC 3501 6.4.6). UIDs no longer in the
     * folder are skipped and reported, here and in every action below.
     */
    Selection changeFlags(MailCredentials credentials, String folder, List<Long> uids, java.util.Set<MessageFlag> flags, boolean add);

    /** Copies a selection to {@code target} with one UID COPY (RFC 3501 6.4.7); throws {@link FolderNotFoundException}. */
    Selection copy(MailCredentials credentials, String folder, List<Long> uids, String target);

    /** Moves a selection: UID MOVE (RFC 6851), else UID COPY + \Deleted + UID EXPUNGE (RFC 4315), never a bare EXPUNGE. */
    Selection move(MailCredentials credentials, String folder, List<Long> uids, String target);

    /** Deletes a selection for good: \Deleted, then UID EXPUNGE of just those UIDs (without UIDPLUS they stay marked). */
    Selection expunge(MailCredentials credentials, String folder, List<Long> uids);

    /** Creates a folder for a role (with RFC 6154 CREATE-SPECIAL-USE when offered) and subscribes to it; returns its path. */
    String createRoleFolder(MailCredentials credentials, FolderRole role, String path);

    // --- end organise ---

    // --- folders: create, rename, delete, subscribe; quota ---

    /**
     * Creates a folder named {@code name} (one level, checked against the server's delimiter) inside {@code parent}
     * (null or empty: the top level) and subscribes to it; returns its path.
     * Throws {@link FolderChangeRefusedException} with a plain reason when the name or the server refuses.
     */
    String createFolder(MailCredentials credentials, String parent, String name);

    /** Renames a folder, also moving it under {@code newParent} (null or empty: the top level), sub-folders included; returns its new path. */
    String renameFolder(MailCredentials credentials, String path, String newParent, String newName);

    /** Deletes a folder with its messages and drops its subscription. */
    void deleteFolder(MailCredentials credentials, String path);

    /** The paths the user is subscribed to (RFC 3501 LSUB); a name may be subscribed without a folder. */
    java.util.Set<String> subscribedFolders(MailCredentials credentials);

    void setSubscribed(MailCredentials credentials, String path, boolean subscribed);

    /** The INBOX's storage quota when the server offers QUOTA (RFC 9208) and sets one for the user. */
    java.util.Optional<MailQuota> quota(MailCredentials credentials);

    // --- end folders ---

    // --- search ---

    /**
     * One page (1-based) of a folder's messages that match, newest first. The server searches (RFC 3501 section
     * 6.4.4, SORT of RFC 5256 when it has it); only the page's rows are fetched. Throws {@link SearchRefusedException}
     * when the server will not run the search.
     */
    SearchPage search(MailCredentials credentials, String folder, SearchCriteria criteria, int page, int pageSize);

    /** The same over every folder holding mail but Trash and Junk, merged newest first, within caps the page reports. */
    default SearchPage searchAll(MailCredentials credentials, SearchCriteria criteria, int page, int pageSize) {
        return searchAll(credentials, criteria, page, pageSize, java.time.Duration.ofDays(1));
    }

    /**
     * The same, starting no further folder once {@code maxRunTime} has passed (the first folder is always searched):
     * the page then says how many folders were not reached ({@link SearchPage#stoppedEarly}).
     */
    SearchPage searchAll(MailCredentials credentials, SearchCriteria criteria, int page, int pageSize, java.time.Duration maxRunTime);

    // --- end search ---

    // --- conversations ---

    /**
     * One page (1-based) of a folder's conversations, newest activity first: threaded by the server (RFC 5256
     * THREAD=REFERENCES) when it can, else here from the newest messages' Message-ID, In-Reply-To and References.
     */
    ConversationPage listConversations(MailCredentials credentials, String folder, int page, int pageSize);

    /**
     * Every message of the conversation holding this one, oldest first, with the user's own messages of it found
     * in {@code sentFolder} (null when they have none).
     */
    Conversation conversation(MailCredentials credentials, String folder, long uid, String sentFolder);

    // --- end conversations ---

    /** Closes and retires every connection of this user (logout, changed credentials). */
    void retire(String username);
}
