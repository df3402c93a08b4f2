package org.webmail.imap;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Threading a folder once per state of the mailbox, not once per click. */
class ThreadCacheTest {

    private static final SortedOrderCache.Stamp STAMP = new SortedOrderCache.Stamp(7, 100, 3);
    private static final ThreadFolder.Threads THREADS = new ThreadFolder.Threads(List.of(List.of(3L, 1L), List.of(2L)), 0, true);

    @Test
    void theSameMailboxStateGetsTheRememberedConversations() {
        ThreadCache cache = new ThreadCache(100);
        cache.put("alice", "INBOX", STAMP, THREADS);
        assertSame(THREADS, cache.get("alice", "INBOX", new SortedOrderCache.Stamp(7, 100, 3)));
        assertNull(cache.get("bob", "INBOX", STAMP), "another user's folder is another entry");
    }

    @Test
    void newMailAnExpungeOrANewUidValidityThreadsAgain() {
        ThreadCache cache = new ThreadCache(100);
        cache.put("alice", "INBOX", STAMP, THREADS);
        assertNull(cache.get("alice", "INBOX", new SortedOrderCache.Stamp(7, 101, 4)), "appended");
        assertNull(cache.get("alice", "INBOX", new SortedOrderCache.Stamp(7, 100, 2)), "expunged");
        assertNull(cache.get("alice", "INBOX", new SortedOrderCache.Stamp(8, 100, 3)), "mailbox recreated");
    }

    @Test
    void theLeastRecentlyUsedFolderGoesWhenTheBoundIsReached() {
        ThreadCache cache = new ThreadCache(10); // each entry holds 3 UIDs and 2 conversations: 5
        cache.put("alice", "INBOX", STAMP, THREADS);
        cache.put("alice", "Sent", STAMP, THREADS);
        cache.get("alice", "INBOX", STAMP);
        cache.put("alice", "Archive", STAMP, THREADS);
        assertSame(THREADS, cache.get("alice", "INBOX", STAMP));
        assertNull(cache.get("alice", "Sent", STAMP));
    }

    @Test
    void signingOutForgetsTheUsersFolders() {
        ThreadCache cache = new ThreadCache(100);
        cache.put("alice", "INBOX", STAMP, THREADS);
        cache.put("bob", "INBOX", STAMP, THREADS);
        cache.forget("alice");
        assertNull(cache.get("alice", "INBOX", STAMP));
        assertSame(THREADS, cache.get("bob", "INBOX", STAMP));
    }
}
