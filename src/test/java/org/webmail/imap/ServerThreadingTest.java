package org.webmail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.ScriptedImapServer.Reply;

import org.junit.jupiter.api.Test;

/**
 * The THREAD path on the wire, which GreenMail cannot show (it has no THREAD; Dovecot's *IT covers a real one), and
 * a server whose THREAD answer cannot be read, which no real server produces on demand.
 */
class ServerThreadingTest {

    private static final MailCredentials BOB = MailCredentials.password("bob", "secret");
    private static final String HEADERS = "Message-ID: <1@example.test>\r\n\r\n";
    private static final String ENVELOPE = "ENVELOPE (\"Mon, 2 Feb 2026 08:00:00 +0000\" \"Hello from the script\" "
            + "((\"Carol\" NIL \"carol\" \"example.test\")) ((\"Carol\" NIL \"carol\" \"example.test\")) "
            + "((\"Carol\" NIL \"carol\" \"example.test\")) ((\"Bob\" NIL \"bob\" \"example.test\")) NIL NIL NIL \"<1@example.test>\")";

    /** One message, UID 7, whatever is asked of it; THREAD and SORT answered by {@code thread}. */
    private static Reply mailbox(String command, String thread) {
        if (command.startsWith("EXAMINE") || command.startsWith("SELECT")) {
            return Reply.ok("* 1 EXISTS", "* 0 RECENT", "* OK [UIDVALIDITY 42] UIDs valid", "* OK [UIDNEXT 8] next", "* FLAGS (\\Seen)");
        }
        if (command.startsWith("UID THREAD")) {
            return Reply.ok("* THREAD " + thread);
        }
        if (command.startsWith("UID SORT")) {
            return Reply.ok("* SORT 7");
        }
        if (command.startsWith("UID FETCH 7")) {
            return Reply.ok("* 1 FETCH (UID 7)");
        }
        if (command.startsWith("FETCH 1 (")) {
            return Reply.ok("* 1 FETCH (UID 7 FLAGS () " + ENVELOPE + " INTERNALDATE \"02-Feb-2026 08:00:00 +0000\" RFC822.SIZE 99 "
                    + "BODY[HEADER.FIELDS (Message-ID In-Reply-To References)] {" + HEADERS.length() + "}\r\n" + HEADERS + ")");
        }
        return Reply.ok();
    }

    @Test
    void a_server_with_THREAD_threads_the_folder_and_SORT_orders_the_conversations() throws Exception {
        try (ScriptedImapServer server = new ScriptedImapServer("IMAP4rev1 THREAD=REFERENCES SORT",
                (connection, command) -> mailbox(command, "(7)"));
             ImapRig rig = ImapRig.plain(server.port())) {

            ConversationPage page = rig.store.listConversations(BOB, "INBOX", 1, 50);

            assertTrue(page.serverThreaded());
            assertEquals(1, page.totalConversations());
            assertEquals("Hello from the script", page.conversations().getFirst().subject());
            assertEquals(1, page.conversations().getFirst().unread());
            assertTrue(server.commands().contains("UID THREAD REFERENCES UTF-8 ALL"), server.commands().toString());
            assertTrue(server.commands().contains("UID SORT (REVERSE DATE) UTF-8 ALL"), server.commands().toString());
        }
    }

    @Test
    void an_unreadable_THREAD_answer_is_threaded_here_instead_and_the_list_still_shows() throws Exception {
        try (ScriptedImapServer server = new ScriptedImapServer("IMAP4rev1 THREAD=REFERENCES SORT",
                (connection, command) -> mailbox(command, "(7 (8"));
             ImapRig rig = ImapRig.plain(server.port())) {

            ConversationPage page = rig.store.listConversations(BOB, "INBOX", 1, 50);

            assertFalse(page.serverThreaded());
            assertEquals(1, page.totalConversations());
            assertEquals("Hello from the script", page.conversations().getFirst().subject());
        }
    }
}
