package org.webmail.imap;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.SortTerm;

import java.util.List;

/**
 * One page of a folder, newest first, fetching only that page's rows ({@link MessageRows}). The order is the Date
 * order from SORT (RFC 5256) when the server has it, else arrival order, where the highest sequence number is the
 * newest and the page costs nothing to find.
 */
final class ListMessagePage {

    private final SortedOrderCache sortCache;

    ListMessagePage(SortedOrderCache sortCache) {
        this.sortCache = sortCache;
    }

    MessagePage run(PooledStore connection, String path, int requestedPage, int pageSize) throws MessagingException {
        int size = Math.max(1, pageSize);
        try (SelectedFolder selected = SelectedFolder.readOnly(connection, path)) {
            IMAPFolder folder = selected.folder();
            int total = folder.getMessageCount();
            int pages = Math.max(1, (total + size - 1) / size);
            int page = Math.min(Math.max(1, requestedPage), pages); // beyond the end: the last page
            if (total <= 0) {
                return new MessagePage(path, 1, size, 0, List.of());
            }
            int[] numbers = connection.store().hasCapability("SORT")
                    ? slice(newestFirstByDate(connection.username(), path, folder, total), page, size)
                    : newestFirstByArrival(total, page, size);
            List<MessageSummary> rows = MessageRows.fetch(folder, folder.getMessages(numbers));
            return new MessagePage(path, page, size, total, rows);
        }
    }

    private int[] newestFirstByDate(String username, String path, IMAPFolder folder, int total) throws MessagingException {
        SortedOrderCache.Stamp stamp = new SortedOrderCache.Stamp(folder.getUIDValidity(), folder.getUIDNext(), total);
        int[] cached = sortCache.get(username, path, stamp);
        if (cached != null) {
            return cached;
        }
        Message[] sorted = folder.getSortedMessages(new SortTerm[]{SortTerm.REVERSE, SortTerm.DATE});
        int[] numbers = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            numbers[i] = sorted[i].getMessageNumber();
        }
        sortCache.put(username, path, stamp, numbers);
        return numbers;
    }

    private static int[] slice(int[] newestFirst, int page, int size) {
        int from = Math.min((page - 1) * size, newestFirst.length);
        int to = Math.min(from + size, newestFirst.length);
        return java.util.Arrays.copyOfRange(newestFirst, from, to);
    }

    private static int[] newestFirstByArrival(int total, int page, int size) {
        int newest = total - (page - 1) * size;
        int oldest = Math.max(1, newest - size + 1);
        int[] numbers = new int[newest - oldest + 1];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = newest - i;
        }
        return numbers;
    }
}
