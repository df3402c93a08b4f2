package org.webmail.imap;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPFolder;

import java.util.Arrays;
import java.util.List;

/**
 * One page of the messages of a folder that match, newest first: one search command ({@link SearchCommand}), then
 * one FETCH of only that page's rows, like the folder list. The server does the matching; no message is read for it.
 */
final class SearchFolder {

    private SearchFolder() {
    }

    static SearchPage run(PooledStore connection, String path, SearchCriteria criteria, int requestedPage, int pageSize)
            throws MessagingException {
        int size = Math.max(1, pageSize);
        try (SelectedFolder selected = SelectedFolder.readOnly(connection, path)) {
            IMAPFolder folder = selected.folder();
            long[] uids = folder.getMessageCount() == 0 ? new long[0] : SearchCommand.newestFirst(folder, criteria);
            int page = SearchPage.clamp(requestedPage, uids.length, size);
            int from = Math.min((page - 1) * size, uids.length);
            long[] shown = Arrays.copyOfRange(uids, from, Math.min(from + size, uids.length));
            List<FoundMessage> rows = MessageRows.byUids(folder, shown).stream().map(row -> new FoundMessage(path, row)).toList();
            return new SearchPage(path, page, size, uids.length, uids.length, rows, 1, 0);
        }
    }
}
