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

    /** Closes and retires every connection of this user (logout, changed credentials). */
    void retire(String username);
}
