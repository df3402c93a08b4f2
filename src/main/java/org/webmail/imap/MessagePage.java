package org.webmail.imap;

import java.util.List;

/** One page of a folder's message list, newest first. {@code page} is 1-based. */
public record MessagePage(String folder, int page, int pageSize, int totalMessages, List<MessageSummary> messages) {

    public int pageCount() {
        return Math.max(1, (totalMessages + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
