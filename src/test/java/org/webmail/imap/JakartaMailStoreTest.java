package org.webmail.imap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.Mailboxes.ALICE_CREDENTIALS;

class JakartaMailStoreTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = Mailboxes.greenMail();

    private static final Instant MONDAY = Instant.parse("2026-02-02T08:00:00Z");

    @RegisterExtension
    final TappedGreenMail wire = new TappedGreenMail(greenMail);

    @Test
    void the_folder_tree_shows_INBOX_then_special_folders_then_the_rest_with_children_under_their_parent() throws Exception {
        for (String name : List.of("Trash", "Sent Items", "Drafts", "Spam", "Projects", "Projects.2026", "Projects.2025",
                "Archive", "Zeta", "alpha", "Projects.2026.Trash")) {
            Mailboxes.folder(greenMail, name);
        }
        Mailboxes.append(greenMail, "INBOX", message("Old news", MONDAY), true);
        Mailboxes.append(greenMail, "INBOX", message("Lunch?", MONDAY.plusSeconds(60)), false);
        Mailboxes.append(greenMail, "INBOX", message("Invoice", MONDAY.plusSeconds(120)), false);
        Mailboxes.append(greenMail, "Projects.2026", message("Kick-off", MONDAY), false);
        Mailboxes.append(greenMail, "Projects.2026", message("Minutes", MONDAY), true);

        List<FolderInfo> tree = wire.rig.store.folders(ALICE_CREDENTIALS);

        assertEquals(List.of(
                new FolderInfo("INBOX", "INBOX", 0, FolderRole.INBOX, 2, 3, true),
                new FolderInfo("Drafts", "Drafts", 0, FolderRole.DRAFTS, 0, 0, true),
                new FolderInfo("Sent Items", "Sent Items", 0, FolderRole.SENT, 0, 0, true),
                new FolderInfo("Archive", "Archive", 0, FolderRole.ARCHIVE, 0, 0, true),
                new FolderInfo("Spam", "Spam", 0, FolderRole.JUNK, 0, 0, true),
                new FolderInfo("Trash", "Trash", 0, FolderRole.TRASH, 0, 0, true),
                new FolderInfo("alpha", "alpha", 0, FolderRole.NONE, 0, 0, true),
                new FolderInfo("Projects", "Projects", 0, FolderRole.NONE, 0, 0, true),
                new FolderInfo("Projects/2025", "2025", 1, FolderRole.NONE, 0, 0, true),
                new FolderInfo("Projects/2026", "2026", 1, FolderRole.NONE, 1, 2, true),
                new FolderInfo("Projects/2026/Trash", "Trash", 2, FolderRole.NONE, 0, 0, true),
                new FolderInfo("Zeta", "Zeta", 0, FolderRole.NONE, 0, 0, true)), tree);
    }

    @Test
    void without_LIST_STATUS_each_selectable_folder_costs_one_STATUS() throws Exception {
        Mailboxes.folder(greenMail, "Projects");
        wire.rig.store.folders(ALICE_CREDENTIALS);
        assertEquals(1, wire.tap.count("^LIST \"\" \"\\*\"$"));
        assertEquals(2, wire.tap.count("^STATUS .*\\(MESSAGES UNSEEN\\)"));
    }

    @Test
    void page_one_holds_the_fifty_newest_messages_by_date_even_when_they_arrived_out_of_order() throws Exception {
        appendNumberedMessages(120);

        MessagePage page = wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 1, 50);

        assertEquals(120, page.totalMessages());
        assertEquals(3, page.pageCount());
        assertEquals(subjects(120, 71), page.messages().stream().map(MessageSummary::subject).toList());
        assertEquals(MONDAY.plus(Duration.ofMinutes(120)), page.messages().get(0).date());
    }

    @Test
    void the_last_page_holds_the_oldest_remainder_and_a_page_beyond_the_end_shows_the_last_page() throws Exception {
        appendNumberedMessages(120);

        MessagePage last = wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 3, 50);
        MessagePage beyond = wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 99, 50);

        assertEquals(subjects(20, 1), last.messages().stream().map(MessageSummary::subject).toList());
        assertEquals(3, beyond.page());
        assertEquals(last.messages(), beyond.messages());
        assertFalse(beyond.hasNext());
    }

    @Test
    void only_the_shown_page_is_fetched() throws Exception {
        appendNumberedMessages(120);
        wire.tap.forgetCommands();

        wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 2, 50);

        List<String> fetches = wire.tap.commands().stream().filter(c -> c.startsWith("FETCH")).toList();
        assertEquals(1, fetches.size(), fetches.toString());
        assertEquals(50, messagesIn(fetches.get(0).split(" ")[1]));
        assertTrue(fetches.get(0).contains("ENVELOPE") && fetches.get(0).contains("BODYSTRUCTURE"), fetches.get(0));
        assertTrue(wire.tap.commands().stream().anyMatch(c -> c.startsWith("EXAMINE")), "the list never opens a folder read-write");
    }

    @Test
    void paging_through_an_unchanged_folder_sorts_it_once_and_a_new_message_sorts_it_again() throws Exception {
        appendNumberedMessages(120);
        wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 1, 50);
        wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 2, 50);
        wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 3, 50);
        assertEquals(1, wire.tap.count("^SORT"));

        Mailboxes.append(greenMail, "INBOX", message("Brand new", MONDAY.plus(Duration.ofDays(1))), false);
        MessagePage first = wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 1, 50);
        assertEquals(2, wire.tap.count("^SORT"));
        assertEquals("Brand new", first.messages().get(0).subject());
    }

    @Test
    void without_SORT_the_newest_arrivals_come_first_and_only_the_page_is_fetched() throws Exception {
        wire.tap.hideCapability("SORT");
        appendNumberedMessages(60);
        wire.tap.forgetCommands();

        MessagePage page = wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 1, 50);

        assertEquals(0, wire.tap.count("^SORT"));
        List<String> fetches = wire.tap.commands().stream().filter(c -> c.startsWith("FETCH")).toList();
        assertEquals(List.of("11:60"), fetches.stream().map(c -> c.split(" ")[1]).toList());
        assertEquals(50, page.messages().size());
        // arrival order: the messages were appended oldest-first, shuffled in pairs
        assertEquals(arrivalOrderSubjects().subList(0, 50), page.messages().stream().map(MessageSummary::subject).toList());
    }

    @Test
    void a_message_row_shows_sender_flags_size_and_the_attachment_marker() throws Exception {
        Mailboxes.append(greenMail, "INBOX", Mailboxes.withAttachment("Report", MONDAY, "report.pdf",
                "%PDF-1.4 tiny".getBytes(StandardCharsets.US_ASCII), "application/pdf"), true);
        Mailboxes.append(greenMail, "INBOX", Mailboxes.text("Zoë Müller", "zoe@example.test", "Grüße", MONDAY.plusSeconds(60), "hi"), false);
        wire.tap.forgetCommands();

        List<MessageSummary> rows = wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 1, 50).messages();

        assertEquals(1, wire.tap.count("FETCH"), "the paper-clip comes from BODYSTRUCTURE, not from fetching bodies");
        MessageSummary greeting = rows.get(0);
        assertEquals(new MailAddress("Zoë Müller", "zoe@example.test"), greeting.from());
        assertEquals("Grüße", greeting.subject());
        assertFalse(greeting.seen());
        assertFalse(greeting.hasAttachment());
        assertTrue(greeting.size() > 0);
        MessageSummary report = rows.get(1);
        assertTrue(report.seen());
        assertTrue(report.hasAttachment());
    }

    @Test
    void an_unknown_folder_is_a_FolderNotFoundException_and_the_connection_stays_usable() throws Exception {
        assertThrows(FolderNotFoundException.class, () -> wire.rig.store.listMessages(ALICE_CREDENTIALS, "No/Such", 1, 50));
        assertEquals(0, wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 1, 50).totalMessages());
        assertEquals(1, wire.tap.acceptedConnections());
    }

    @Test
    void an_unknown_uid_is_a_MessageNotFoundException() throws Exception {
        assertThrows(MessageNotFoundException.class, () -> wire.rig.store.openMessage(ALICE_CREDENTIALS, "INBOX", 4711, false));
        assertThrows(MessageNotFoundException.class, () -> wire.rig.store.source(ALICE_CREDENTIALS, "INBOX", 4711));
    }

    @Test
    void opening_a_message_maps_its_decoded_headers_and_sets_seen_only_when_asked() throws Exception {
        MimeMessage sent = Mailboxes.text("Zoë Müller", "zoe@example.test", "Ärger im Büro", MONDAY, "Hallo Alice");
        sent.setRecipients(Message.RecipientType.CC, "Carol <carol@example.test>, dave@example.test");
        sent.setReplyTo(new InternetAddress[]{new InternetAddress("team@example.test", "The Team")});
        sent.saveChanges();
        long uid = Mailboxes.append(greenMail, "INBOX", sent, false);

        MessageDetail peeked = wire.rig.store.openMessage(ALICE_CREDENTIALS, "INBOX", uid, false);

        assertEquals(List.of(new MailAddress("Zoë Müller", "zoe@example.test")), peeked.from());
        assertEquals(List.of(new MailAddress("Alice", Mailboxes.ALICE)), peeked.to());
        assertEquals(List.of(new MailAddress("Carol", "carol@example.test"), new MailAddress("", "dave@example.test")), peeked.cc());
        assertEquals(List.of(new MailAddress("The Team", "team@example.test")), peeked.replyTo());
        assertEquals("Ärger im Büro", peeked.subject());
        assertEquals(MONDAY, peeked.date());
        assertEquals("Hallo Alice", peeked.textBody());
        assertNull(peeked.rawFallback());
        assertFalse(onlyRow().seen(), "reading without markSeen leaves the message unread");

        wire.rig.store.openMessage(ALICE_CREDENTIALS, "INBOX", uid, true);
        assertTrue(onlyRow().seen());
    }

    @Test
    void a_small_message_comes_in_one_fetch_of_its_whole_source() throws Exception {
        long uid = Mailboxes.append(greenMail, "INBOX", message("Short", MONDAY), false);
        wire.tap.forgetCommands();

        wire.rig.store.openMessage(ALICE_CREDENTIALS, "INBOX", uid, false);

        assertEquals(1, wire.tap.count("BODY\\.PEEK\\[\\]"));
        assertEquals(0, wire.tap.count("BODY\\[\\]"), "never a fetch that sets \\Seen by itself");
    }

    @Test
    void a_large_message_is_read_part_by_part_instead_of_whole() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        long uid = Mailboxes.append(greenMail, "INBOX",
                Mailboxes.withAttachment("Big", MONDAY, "big.bin", big, "application/octet-stream"), false);
        wire.tap.forgetCommands();

        MessageDetail detail = wire.rig.store.openMessage(ALICE_CREDENTIALS, "INBOX", uid, false);

        assertEquals(0, wire.tap.count("BODY\\.PEEK\\[\\]"));
        assertEquals("see attached", detail.textBody());
        assertEquals(List.of("big.bin"), detail.attachments().stream().map(AttachmentInfo::fileName).toList());
    }

    @Test
    void a_part_is_spooled_decoded_with_its_decoded_file_name_and_type() throws Exception {
        byte[] pdf = "%PDF-1.4 Bericht über den März".getBytes(StandardCharsets.UTF_8);
        long uid = Mailboxes.append(greenMail, "INBOX",
                Mailboxes.withAttachment("Bericht", MONDAY, "Bericht März.pdf", pdf, "application/pdf"), false);

        SpooledContent part = wire.rig.store.part(ALICE_CREDENTIALS, "INBOX", uid, "2");
        try (part) {
            assertEquals("Bericht März.pdf", part.fileName());
            assertEquals("application/pdf", part.contentType());
            assertArrayEquals(pdf, Files.readAllBytes(part.file()));
            assertEquals(pdf.length, part.size());
        }
        assertFalse(Files.exists(part.file()), "closing the content deletes the temporary file");
        assertThrows(MessageNotFoundException.class, () -> wire.rig.store.part(ALICE_CREDENTIALS, "INBOX", uid, "7"));
    }

    @Test
    void the_source_is_spooled_exactly_as_the_server_stores_it() throws Exception {
        MimeMessage sent = message("Raw", MONDAY);
        long uid = Mailboxes.append(greenMail, "INBOX", sent, false);
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        Mailboxes.folder(greenMail, "INBOX").getMessage(uid).getMimeMessage().writeTo(stored);

        try (SpooledContent source = wire.rig.store.source(ALICE_CREDENTIALS, "INBOX", uid)) {
            assertEquals("message/rfc822", source.contentType());
            assertEquals("message-" + uid + ".eml", source.fileName());
            assertArrayEquals(stored.toByteArray(), Files.readAllBytes(source.file()));
        }
        assertFalse(onlyRow().seen());
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private MessageSummary onlyRow() {
        return wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 1, 50).messages().get(0);
    }

    private static MimeMessage message(String subject, Instant date) throws Exception {
        return Mailboxes.text("Bob", "bob@example.test", subject, date, "Body of " + subject);
    }

    /** Appends "Message 1".."Message n", dated one minute apart, but in pairs swapped so arrival order differs from date order. */
    private static void appendNumberedMessages(int n) throws Exception {
        for (int i : arrivalOrder(n)) {
            Mailboxes.append(greenMail, "INBOX", message("Message " + i, MONDAY.plus(Duration.ofMinutes(i))), i % 3 == 0);
        }
    }

    private static List<Integer> arrivalOrder(int n) {
        return IntStream.rangeClosed(1, n).map(i -> i % 2 == 1 ? Math.min(i + 1, n) : i - 1).boxed().toList();
    }

    /** Subjects newest arrival first for the 60 messages of the SORT-less test. */
    private static List<String> arrivalOrderSubjects() {
        List<Integer> arrived = arrivalOrder(60);
        return IntStream.range(0, arrived.size()).map(i -> arrived.get(arrived.size() - 1 - i)).mapToObj(i -> "Message " + i).toList();
    }

    private static List<String> subjects(int from, int downTo) {
        return IntStream.iterate(from, i -> i >= downTo, i -> i - 1).mapToObj(i -> "Message " + i).toList();
    }

    /** How many messages an IMAP sequence set (RFC 3501 section 9, sequence-set) names. */
    private static int messagesIn(String sequenceSet) {
        int count = 0;
        for (String range : sequenceSet.split(",")) {
            String[] ends = range.split(":");
            count += ends.length == 1 ? 1 : Math.abs(Integer.parseInt(ends[1]) - Integer.parseInt(ends[0])) + 1;
        }
        return count;
    }
}
