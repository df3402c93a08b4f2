package org.webmail.imap;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers a folder's date order (from SORT, RFC 5256) so paging through a large folder does not sort it again on
 * every click. An entry is valid only while the mailbox's (UIDVALIDITY, UIDNEXT, EXISTS) are unchanged: any
 * APPEND moves UIDNEXT and any EXPUNGE without an APPEND lowers EXISTS, so an unchanged stamp means the same set of
 * messages and therefore the same sequence numbers (RFC 3501 section 2.3.1.2), which is what we keep.
 * Bounded by the number of message numbers held, least recently used first out.
 */
final class SortedOrderCache {

    record Stamp(long uidValidity, long uidNext, int messages) {
        boolean usable() {
            return uidValidity > 0 && uidNext > 0;
        }
    }

    private record Key(String username, String folder) {
    }

    private record Entry(Stamp stamp, int[] newestFirst) {
    }

    private final int maxNumbers;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int held;

    SortedOrderCache(int maxNumbers) {
        this.maxNumbers = maxNumbers;
    }

    /** The sequence numbers newest first, or null when not cached for this stamp. */
    synchronized int[] get(String username, String folder, Stamp stamp) {
        Entry entry = entries.get(new Key(username, folder));
        return entry != null && entry.stamp().equals(stamp) ? entry.newestFirst() : null;
    }

    synchronized void put(String username, String folder, Stamp stamp, int[] newestFirst) {
        if (!stamp.usable() || newestFirst.length > maxNumbers) {
            return;
        }
        Entry previous = entries.put(new Key(username, folder), new Entry(stamp, newestFirst));
        held += newestFirst.length - (previous == null ? 0 : previous.newestFirst().length);
        for (Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator(); held > maxNumbers && it.hasNext(); ) {
            held -= it.next().getValue().newestFirst().length;
            it.remove();
        }
    }

    /** Drops a folder's entries and its sub-folders' (after RENAME or DELETE the name may come back as another mailbox). */
    synchronized void forget(String username, String folder) {
        for (Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Entry> entry = it.next();
            Key key = entry.getKey();
            if (key.username().equals(username) && (key.folder().equals(folder) || key.folder().startsWith(folder + "/"))) {
                held -= entry.getValue().newestFirst().length;
                it.remove();
            }
        }
    }

    synchronized void forget(String username) {
        for (Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Entry> entry = it.next();
            if (entry.getKey().username().equals(username)) {
                held -= entry.getValue().newestFirst().length;
                it.remove();
            }
        }
    }
}
