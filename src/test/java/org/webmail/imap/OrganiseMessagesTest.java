package org.webmail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.Mailboxes.ALICE_CREDENTIALS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.mail.Flags;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;

/**
 * Actions on a selection against a real server (GreenMail), watched on the wire: one UID command per action,
 * UIDs already gone are skipped, and a server without MOVE or UIDPLUS never gets a bare EXPUNGE.
 */
class OrganiseMessagesTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = Mailboxes.greenMail();

    private static final Instant MONDAY = Instant.parse("2026-02-02T08:00:00Z");
    private static final long GONE = 9_999;

    @RegisterExtension
    final TappedGreenMail wire = new TappedGreenMail(greenMail);

    @BeforeEach
    void connect() throws Exception {
        Mailboxes.folder(greenMail, "Projects");
    }

    @Test
    void marking_a_selection_read_is_one_UID_STORE_and_skips_a_UID_another_device_removed() throws Exception {
        List<Long> uids = inbox(3);
        wire.tap.forgetCommands();

        Selection done = wire.rig.store.changeFlags(ALICE_CREDENTIALS, "INBOX", List.of(uids.get(0), uids.get(2), GONE), Set.of(MessageFlag.SEEN), true);

        assertEquals(List.of(uids.get(0), uids.get(2)), done.done());
        assertEquals(List.of(GONE), done.missing());
        assertEquals(1, wire.tap.count("^UID STORE "), wire.tap.commands().toString());
        assertTrue(wire.tap.commands().contains("UID STORE " + uids.get(0) + "," + uids.get(2) + " +FLAGS.SILENT (\\Seen)"),
                wire.tap.commands().toString());
        assertEquals(List.of(true, false, true), seen("INBOX"));
    }

    @Test
    void unflagging_removes_just_that_flag() throws Exception {
        List<Long> uids = inbox(2);
        wire.rig.store.changeFlags(ALICE_CREDENTIALS, "INBOX", uids, Set.of(MessageFlag.FLAGGED, MessageFlag.SEEN), true);
        wire.rig.store.changeFlags(ALICE_CREDENTIALS, "INBOX", uids, Set.of(MessageFlag.FLAGGED), false);

        List<MessageSummary> rows = wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 1, 50).messages();
        assertTrue(rows.stream().noneMatch(MessageSummary::flagged));
        assertTrue(rows.stream().allMatch(MessageSummary::seen));
    }

    @Test
    void copying_keeps_the_originals_and_is_one_UID_COPY() throws Exception {
        List<Long> uids = inbox(3);
        wire.tap.forgetCommands();

        Selection done = wire.rig.store.copy(ALICE_CREDENTIALS, "INBOX", uids.subList(0, 2), "Projects");

        assertEquals(2, done.done().size());
        assertEquals(1, wire.tap.count("^UID COPY "));
        assertEquals(3, stored("INBOX").size());
        assertEquals(2, stored("Projects").size());
    }

    @Test
    void moving_with_MOVE_is_one_UID_MOVE_and_nothing_else_is_expunged() throws Exception {
        List<Long> uids = inbox(3);
        long markedByAnother = Mailboxes.folder(greenMail, "INBOX").appendMessage(
                Mailboxes.text("Bob", "bob@example.test", "Marked elsewhere", MONDAY, "x"), new Flags(Flags.Flag.DELETED), null);
        wire.tap.forgetCommands();

        Selection done = wire.rig.store.move(ALICE_CREDENTIALS, "INBOX", List.of(uids.get(0), uids.get(1), GONE), "Projects");

        assertEquals(List.of(uids.get(0), uids.get(1)), done.done());
        assertEquals(List.of(GONE), done.missing());
        assertFalse(done.markedDeletedOnly());
        assertEquals(1, wire.tap.count("^UID MOVE "));
        assertEquals(0, wire.tap.count("^(UID )?EXPUNGE"));
        assertEquals(List.of(uids.get(2), markedByAnother), stored("INBOX").stream().map(StoredMessage::getUid).toList());
        assertEquals(2, stored("Projects").size());
    }

    @Test
    void without_MOVE_a_move_is_UID_COPY_then_Deleted_then_UID_EXPUNGE_of_just_those_UIDs() throws Exception {
        wire.tap.hideCapability("MOVE");
        List<Long> uids = inbox(3);
        long markedByAnother = Mailboxes.folder(greenMail, "INBOX").appendMessage(
                Mailboxes.text("Bob", "bob@example.test", "Marked elsewhere", MONDAY, "x"), new Flags(Flags.Flag.DELETED), null);

        Selection done = wire.rig.store.move(ALICE_CREDENTIALS, "INBOX", uids.subList(0, 2), "Projects");

        assertFalse(done.markedDeletedOnly());
        String set = uids.get(0) + ":" + uids.get(1);
        assertEquals(List.of("UID COPY " + set + " Projects", "UID STORE " + set + " +FLAGS.SILENT (\\Deleted)", "UID EXPUNGE " + set),
                wire.tap.commands().stream().filter(c -> c.startsWith("UID COPY") || c.startsWith("UID STORE") || c.contains("EXPUNGE")).toList());
        assertEquals(0, wire.tap.count("^MOVE|^UID MOVE"));
        assertEquals(List.of(uids.get(2), markedByAnother), stored("INBOX").stream().map(StoredMessage::getUid).toList(),
                "the message someone else marked \\Deleted is still there");
        assertEquals(2, stored("Projects").size());
    }

    @Test
    void without_MOVE_or_UIDPLUS_the_originals_stay_marked_deleted_and_no_EXPUNGE_is_ever_sent() throws Exception {
        wire.tap.hideCapability("MOVE");
        wire.tap.hideCapability("UIDPLUS");
        List<Long> uids = inbox(2);

        Selection done = wire.rig.store.move(ALICE_CREDENTIALS, "INBOX", uids, "Projects");

        assertTrue(done.markedDeletedOnly());
        assertEquals(0, wire.tap.count("EXPUNGE"), wire.tap.commands().toString());
        assertEquals(2, stored("Projects").size());
        assertTrue(stored("INBOX").stream().allMatch(m -> m.getFlags().contains(Flags.Flag.DELETED)));
    }

    @Test
    void a_move_to_a_folder_that_does_not_exist_is_refused_before_anything_happens() throws Exception {
        List<Long> uids = inbox(2);
        wire.tap.forgetCommands();

        assertThrows(FolderNotFoundException.class, () -> wire.rig.store.move(ALICE_CREDENTIALS, "INBOX", uids, "Nowhere"));

        assertEquals(2, stored("INBOX").size());
        assertEquals(0, wire.tap.count("^UID (MOVE|COPY|STORE)"));
    }

    @Test
    void deleting_for_good_expunges_only_the_chosen_UIDs() throws Exception {
        List<Long> uids = inbox(3);
        long markedByAnother = Mailboxes.folder(greenMail, "INBOX").appendMessage(
                Mailboxes.text("Bob", "bob@example.test", "Marked elsewhere", MONDAY, "x"), new Flags(Flags.Flag.DELETED), null);

        Selection done = wire.rig.store.expunge(ALICE_CREDENTIALS, "INBOX", List.of(uids.get(1), GONE));

        assertEquals(List.of(uids.get(1)), done.done());
        assertEquals(List.of(GONE), done.missing());
        assertEquals(List.of(uids.get(0), uids.get(2), markedByAnother), stored("INBOX").stream().map(StoredMessage::getUid).toList());
    }

    @Test
    void a_missing_archive_folder_is_created_subscribed_and_then_found_by_its_name() throws Exception {
        String path = wire.rig.store.createRoleFolder(ALICE_CREDENTIALS, FolderRole.ARCHIVE, "Archive");

        assertEquals("Archive", path);
        assertEquals(1, wire.tap.count("^CREATE \"?Archive\"?$"), wire.tap.commands().toString());
        assertEquals(1, wire.tap.count("^SUBSCRIBE \"?Archive\"?$"));
        assertEquals("Archive", wire.rig.store.folderWithRole(ALICE_CREDENTIALS, FolderRole.ARCHIVE).orElseThrow());
    }

    @Test
    void a_server_with_CREATE_SPECIAL_USE_is_told_the_new_folders_role() throws Exception {
        try (ScriptedImapServer server = new ScriptedImapServer("IMAP4rev1 CREATE-SPECIAL-USE", (connection, command) ->
                command.startsWith("LIST") ? ScriptedImapServer.Reply.ok("* LIST (\\Noselect) \"/\" \"\"") : ScriptedImapServer.Reply.ok());
             ImapRig scripted = ImapRig.plain(server.port())) {
            scripted.store.createRoleFolder(ALICE_CREDENTIALS, FolderRole.JUNK, "Junk");

            assertTrue(server.commands().contains("CREATE Junk (USE (\\Junk))"), server.commands().toString());
            assertTrue(server.commands().contains("SUBSCRIBE Junk"));
        }
    }

    @Test
    void a_move_the_server_refuses_is_reported_in_the_servers_words() throws Exception {
        try (ScriptedImapServer server = new ScriptedImapServer("IMAP4rev1 MOVE UIDPLUS", (connection, command) -> {
            if (command.startsWith("LIST \"\" \"\"")) {
                return ScriptedImapServer.Reply.ok("* LIST (\\Noselect) \"/\" \"\"");
            }
            if (command.startsWith("LIST")) {
                return ScriptedImapServer.Reply.ok("* LIST () \"/\" Projects");
            }
            if (command.startsWith("SELECT")) {
                return ScriptedImapServer.Reply.ok("* 1 EXISTS", "* 0 RECENT", "* OK [UIDVALIDITY 7] UIDs valid", "* FLAGS (\\Seen \\Deleted)");
            }
            if (command.startsWith("UID FETCH")) {
                return ScriptedImapServer.Reply.ok("* 1 FETCH (UID 5)");
            }
            if (command.startsWith("UID MOVE")) {
                return ScriptedImapServer.Reply.no("[OVERQUOTA] Projects is full");
            }
            return ScriptedImapServer.Reply.ok();
        }); ImapRig scripted = ImapRig.plain(server.port())) {
            MailStoreException refused = assertThrows(MailStoreException.class,
                    () -> scripted.store.move(ALICE_CREDENTIALS, "INBOX", List.of(5L), "Projects"));

            assertTrue(refused.getMessage().contains("Projects is full"), refused.getMessage());
            assertTrue(server.commands().contains("UID MOVE 5 Projects"), server.commands().toString());
            assertEquals(0, server.commands().stream().filter(c -> c.contains("EXPUNGE")).count());
        }
    }

    private List<Long> inbox(int count) throws Exception {
        List<Long> uids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            uids.add(Mailboxes.append(greenMail, "INBOX", Mailboxes.text("Bob", "bob@example.test", "Message " + i,
                    MONDAY.plusSeconds(i), "body " + i), false));
        }
        return uids;
    }

    private List<StoredMessage> stored(String folder) throws Exception {
        return Mailboxes.folder(greenMail, folder).getMessages();
    }

    private List<Boolean> seen(String folder) throws Exception {
        return stored(folder).stream().map(m -> m.getFlags().contains(Flags.Flag.SEEN)).toList();
    }
}
