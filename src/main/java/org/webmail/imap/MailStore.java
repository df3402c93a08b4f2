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

    // --- end organise ---

    // --- folders: create, rename, delete, subscribe; quota ---

    // --- end folders ---

    // --- search ---

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
