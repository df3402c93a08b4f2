package org.webmail.imap;

import java.util.List;

/**
 * One page of a folder's conversations, newest activity first. {@code page} is 1-based.
 *
 * @param window         0 when every message of the folder was threaded, else how many of the newest were (older
 *                       mail is not in the list)
 * @param serverThreaded whether the server threaded them (RFC 5256 THREAD=REFERENCES) rather than this webmail
 */
public record ConversationPage(String folder, int page, int pageSize, int totalConversations,
                               List<ConversationSummary> conversations, int window, boolean serverThreaded) implements Paged {

    @Override
    public int itemCount() {
        return totalConversations;
    }
}
