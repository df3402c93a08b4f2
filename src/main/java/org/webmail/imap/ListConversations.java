package org.webmail.imap;

import java.util.List;

import jakarta.mail.MessagingException;

/** One page of a folder's conversations: the folder threaded, then only that page's messages fetched. */
final class ListConversations {

    private final ThreadFolder threadFolder;

    ListConversations(ThreadFolder threadFolder) {
        this.threadFolder = threadFolder;
    }

    ConversationPage run(PooledStore connection, String path, int requestedPage, int pageSize) throws MessagingException {
        int size = Math.max(1, pageSize);
        try (SelectedFolder selected = SelectedFolder.readOnly(connection, path)) {
            ThreadFolder.Threads threads = threadFolder.of(connection, selected.folder());
            int total = threads.newestFirst().size();
            int pages = Math.max(1, (total + size - 1) / size);
            int page = Math.min(Math.max(1, requestedPage), pages); // beyond the end: the last page
            int from = Math.min((page - 1) * size, total);
            List<List<Long>> shown = threads.newestFirst().subList(from, Math.min(from + size, total));
            return new ConversationPage(path, page, size, total, ConversationRows.of(selected.folder(), shown), threads.window(),
                    threads.byServer());
        }
    }
}
