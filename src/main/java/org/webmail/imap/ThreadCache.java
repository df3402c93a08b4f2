package org.webmail.imap;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers a folder's conversations so paging the list and opening a conversation do not thread the folder again:
 * a THREAD and a SORT of the whole folder on the server path, 2,000 messages' headers on the local one. Valid only
 * while the mailbox's (UIDVALIDITY, UIDNEXT, EXISTS) are unchanged, as for {@link SortedOrderCache}: any APPEND
 * moves UIDNEXT and any EXPUNGE without one lowers EXISTS. Flags are not kept here (unread counts change without
 * a new stamp); they are fetched for the page shown. Bounded by the number of UIDs held, least recently used out.
 */
final class ThreadCache {

    private record Key(String username, String folder) {
    }

    private record Entry(SortedOrderCache.Stamp stamp, ThreadFolder.Threads threads, int size) {
    }

    private final int maxUids;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int held;

    ThreadCache(int maxUids) {
        this.maxUids = maxUids;
    }

    /** The folder's conversations, or null when not cached for this stamp. */
    synchronized ThreadFolder.Threads get(String username, String folder, SortedOrderCache.Stamp stamp) {
        Entry entry = entries.get(new Key(username, folder));
        return entry != null && entry.stamp().equals(stamp) ? entry.threads() : null;
    }

    synchronized void put(String username, String folder, SortedOrderCache.Stamp stamp, ThreadFolder.Threads threads) {
        int size = threads.newestFirst().stream().mapToInt(java.util.List::size).sum() + threads.newestFirst().size();
        if (!stamp.usable() || size > maxUids) {
            return;
        }
        Entry previous = entries.put(new Key(username, folder), new Entry(stamp, threads, size));
        held += size - (previous == null ? 0 : previous.size());
        for (Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator(); held > maxUids && it.hasNext(); ) {
            held -= it.next().getValue().size();
            it.remove();
        }
    }

    synchronized void forget(String username) {
        for (Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Entry> entry = it.next();
            if (entry.getKey().username().equals(username)) {
                held -= entry.getValue().size();
                it.remove();
            }
        }
    }
}
