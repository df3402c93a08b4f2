package org.webmail.imap;

import java.util.List;

/**
 * One page of a folder's conversations, newest activity first. {@code page} is 1-based.
 *
 * @param window 0 when the server threaded the whole folder (RFC 5256 THREAD), else how many of the newest
 *               messages were threaded here (older mail is not in the list)
 */
public record ConversationPage(String folder, int page, int pageSize, int totalConversations,
                               List<ConversationSummary> conversations, int window) {

    public int pageCount() {
        return Math.max(1, (totalConversations + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
