package org.webmail.imap;

import java.util.List;

/** One page of a folder's message list, newest first. {@code page} is 1-based. */
public record MessagePage(String folder, int page, int pageSize, int totalMessages, List<MessageSummary> messages) implements Paged {

    @Override
    public int itemCount() {
        return totalMessages;
    }
}
