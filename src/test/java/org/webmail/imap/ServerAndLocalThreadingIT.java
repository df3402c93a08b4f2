package org.webmail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.Session;

import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.webmail.interop.InteropServer;
import org.webmail.journey.ConversationMail;
import org.webmail.support.TestMailbox;

/**
 * On the real Dovecot, the server's THREAD=REFERENCES (RFC 5256) and the webmail's own threading of the same folder
 * give the same conversations in the same order: what a reader sees does not depend on which one ran.
 */
class ServerAndLocalThreadingIT {

    @ParameterizedTest
    @ValueSource(strings = {ConversationMail.FOLDER, "INBOX"})
    void theServerAndTheWebmailThreadAFolderAlike(String path) throws Exception {
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        try (IMAPStore store = (IMAPStore) session.getStore("imaps")) {
            store.connect("localhost", InteropServer.IMAPS_PORT, TestMailbox.USER, TestMailbox.PASSWORD);
            ConversationMail.seed(store);
            PooledStore connection = new PooledStore(store, TestMailbox.USER, 0, Instant.now());
            ThreadFolder.Threads byServer;
            ThreadFolder.Threads byWebmail;
            try (SelectedFolder selected = SelectedFolder.readOnly(connection, path)) {
                byServer = new ThreadFolder(true, WindowThreads.WINDOW).of(connection, selected.folder());
                byWebmail = new ThreadFolder(false, WindowThreads.WINDOW).of(connection, selected.folder());
            }
            assertTrue(byServer.byServer(), "Dovecot threaded it");
            assertFalse(byWebmail.byServer(), "the webmail threaded it");
            assertTrue(byServer.newestFirst().size() > 0, "something to compare");
            assertEquals(asSets(byServer.newestFirst()), asSets(byWebmail.newestFirst()));
        }
    }

    /** Within a conversation the two may order siblings differently; the members and the list order must agree. */
    private static List<Set<Long>> asSets(List<List<Long>> threads) {
        return threads.stream().map(t -> (Set<Long>) new HashSet<>(t)).toList();
    }
}
