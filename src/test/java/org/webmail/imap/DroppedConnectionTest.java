package org.webmail.imap;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.ScriptedImapServer.Reply;

/** Failures only a scripted server produces on demand: a BYE in the middle of a command (RFC 3501 section 7.1.5). */
class DroppedConnectionTest {

    private static final MailCredentials BOB = MailCredentials.password("bob", "secret");

    @Test
    void a_BYE_in_the_middle_of_LIST_is_retried_once_on_a_fresh_connection_and_the_user_sees_the_folders() throws Exception {
        try (ScriptedImapServer server = new ScriptedImapServer("IMAP4rev1", (connection, command) -> {
            if (command.startsWith("LIST")) {
                return connection == 1 ? Reply.bye("server shutting down") : Reply.ok("* LIST (\\HasNoChildren) \"/\" INBOX");
            }
            return command.startsWith("STATUS") ? Reply.ok("* STATUS INBOX (MESSAGES 3 UNSEEN 1)") : Reply.ok();
        }); ImapRig rig = ImapRig.plain(server.port())) {

            List<FolderInfo> folders = rig.store.folders(BOB);

            assertEquals(List.of(new FolderInfo("INBOX", "INBOX", 0, FolderRole.INBOX, 1, 3, true)), folders);
            assertEquals(2, server.connections());
            assertEquals(1.0, rig.counter("webmail.imap.reconnects"));
            assertEquals(1, rig.pool.openCount(), "the dropped connection is gone, the fresh one is pooled");
        }
    }

    @Test
    void a_BYE_in_the_middle_of_FETCH_is_retried_once_and_the_message_opens() throws Exception {
        try (ScriptedImapServer server = new ScriptedImapServer("IMAP4rev1", (connection, command) -> {
            if (command.startsWith("FETCH 1 (ENVELOPE") && connection == 1) {
                return Reply.bye("idle too long");
            }
            return OneMessageMailbox.answer(command);
        }); ImapRig rig = ImapRig.plain(server.port())) {

            MessageDetail detail = rig.store.openMessage(BOB, "INBOX", OneMessageMailbox.UID, false);

            assertEquals("Hello from the script", detail.subject());
            assertEquals("Short body.", detail.textBody());
            assertEquals(List.of(new MailAddress("Carol", "carol@example.test")), detail.from());
            assertEquals(2, server.connections());
        }
    }

    @Test
    void a_second_drop_in_a_row_is_reported_as_an_unavailable_server_after_exactly_one_retry() throws Exception {
        try (ScriptedImapServer server = new ScriptedImapServer("IMAP4rev1",
                (connection, command) -> command.startsWith("LIST") ? Reply.bye("going down") : Reply.ok());
             ImapRig rig = ImapRig.plain(server.port())) {

            assertThrows(MailServerUnavailableException.class, () -> rig.store.folders(BOB));
            assertEquals(2, server.connections());
            assertEquals(0, rig.pool.openCount());
        }
    }

    @Test
    void a_server_that_accepts_but_never_greets_fails_after_the_read_timeout_with_a_plain_message() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             ImapRig rig = new ImapRig(new TestServer("127.0.0.1", silent.getLocalPort(), MailServerSettings.Security.PLAIN,
                     Optional.empty(), Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300)), TestPool.defaults())) {
            long started = System.nanoTime();
            MailServerUnavailableException failure = assertThrows(MailServerUnavailableException.class, () -> rig.store.folders(BOB));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertEquals("The mail server cannot be reached right now (it did not answer in time).", failure.getMessage());
            assertTrue(waited >= 300 && waited < 3_000, "waited " + waited + " ms");
        }
    }

    @Test
    void a_search_the_server_never_answers_ends_after_the_read_timeout_as_an_unavailable_server() throws Exception {
        try (ScriptedImapServer server = new ScriptedImapServer("IMAP4rev1", (connection, command) -> {
            if (command.contains("SEARCH")) {
                try {
                    Thread.sleep(5_000); // a search the server grinds on (a huge mailbox, a body search): no answer in time
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return OneMessageMailbox.answer(command);
        }); ImapRig rig = new ImapRig(new TestServer("127.0.0.1", server.port(), MailServerSettings.Security.PLAIN,
                Optional.empty(), Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300)), TestPool.defaults())) {
            // The read timeout counts as a dropped connection: a retry on a fresh one, then the page of an
            // unavailable server (web.MailErrorMapper, 503), never a hanging request or a stack trace.
            assertThrows(MailServerUnavailableException.class,
                    () -> rig.store.search(BOB, "INBOX", ServerSideSearchTest.criteria().subject("report").build(), 1, 10));
            assertTrue(server.commands().stream().anyMatch(c -> c.contains("SEARCH")), server.commands().toString());
        }
    }

    @Test
    void with_LIST_STATUS_the_whole_tree_and_its_counts_come_from_one_command() throws Exception {
        try (ScriptedImapServer server = new ScriptedImapServer("IMAP4rev1 LIST-EXTENDED LIST-STATUS SPECIAL-USE",
                (connection, command) -> command.startsWith("LIST") ? Reply.ok(
                        "* LIST (\\HasNoChildren) \".\" INBOX",
                        "* STATUS INBOX (MESSAGES 12 UNSEEN 3)",
                        "* LIST (\\HasNoChildren \\Sent) \".\" Gesendet",
                        "* STATUS Gesendet (MESSAGES 4 UNSEEN 0)",
                        "* LIST (\\HasNoChildren \\Drafts) \".\" \"Entw&APw-rfe\"",
                        "* STATUS \"Entw&APw-rfe\" (MESSAGES 1 UNSEEN 0)",
                        "* LIST (\\Noselect \\HasChildren) \".\" Shared",
                        "* LIST (\\HasNoChildren) \".\" Shared.Team",
                        "* STATUS Shared.Team (MESSAGES 2 UNSEEN 2)") : Reply.ok());
             ImapRig rig = ImapRig.plain(server.port())) {

            List<FolderInfo> folders = rig.store.folders(BOB);

            assertEquals(List.of(
                    new FolderInfo("INBOX", "INBOX", 0, FolderRole.INBOX, 3, 12, true),
                    new FolderInfo("Entwürfe", "Entwürfe", 0, FolderRole.DRAFTS, 0, 1, true),
                    new FolderInfo("Gesendet", "Gesendet", 0, FolderRole.SENT, 0, 4, true),
                    new FolderInfo("Shared", "Shared", 0, FolderRole.NONE, 0, 0, false),
                    new FolderInfo("Shared/Team", "Team", 1, FolderRole.NONE, 2, 2, true)), folders);
            List<String> sent = server.commands();
            assertEquals(1, sent.stream().filter(c -> c.startsWith("LIST")).count());
            assertEquals("LIST \"\" \"*\" RETURN (SPECIAL-USE STATUS (MESSAGES UNSEEN))",
                    sent.stream().filter(c -> c.startsWith("LIST")).findFirst().orElseThrow());
            assertEquals(0, sent.stream().filter(c -> c.startsWith("STATUS")).count());
        }
    }

    /** A mailbox with one short message, answered the way a real server would for the commands Angus sends. */
    private static final class OneMessageMailbox {

        static final long UID = 7;
        private static final String SOURCE = """
                From: Carol <carol@example.test>\r
                To: Bob <bob@example.test>\r
                Subject: Hello from the script\r
                Date: Mon, 2 Feb 2026 08:00:00 +0000\r
                Content-Type: text/plain; charset=us-ascii\r
                \r
                Short body.""";
        private static final int SIZE = SOURCE.getBytes(StandardCharsets.US_ASCII).length;

        static Reply answer(String command) {
            if (command.startsWith("EXAMINE") || command.startsWith("SELECT")) {
                return Reply.ok("* 1 EXISTS", "* 0 RECENT", "* OK [UIDVALIDITY 42] UIDs valid", "* OK [UIDNEXT 8] next",
                        "* FLAGS (\\Seen \\Flagged)");
            }
            if (command.startsWith("UID FETCH 7")) {
                return Reply.ok("* 1 FETCH (UID 7)");
            }
            if (command.startsWith("FETCH 1 (ENVELOPE")) {
                return Reply.ok("* 1 FETCH (ENVELOPE (\"Mon, 2 Feb 2026 08:00:00 +0000\" \"Hello from the script\" "
                        + "((\"Carol\" NIL \"carol\" \"example.test\")) ((\"Carol\" NIL \"carol\" \"example.test\")) "
                        + "((\"Carol\" NIL \"carol\" \"example.test\")) ((\"Bob\" NIL \"bob\" \"example.test\")) NIL NIL NIL "
                        + "\"<1@example.test>\") INTERNALDATE \"02-Feb-2026 08:00:00 +0000\" RFC822.SIZE " + SIZE
                        + " FLAGS ())");
            }
            if (command.startsWith("FETCH 1 (BODY.PEEK[])")) {
                return Reply.ok("* 1 FETCH (BODY[] {" + SIZE + "}\r\n" + SOURCE + ")");
            }
            return Reply.ok();
        }
    }
}
