package org.webmail.imap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.SearchTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.Mailboxes.ALICE_CREDENTIALS;

/**
 * Search is done by the server: what goes on the wire (one SORT or SEARCH with the criteria quoted or as literals,
 * then one FETCH of the page's rows) and what comes back, against GreenMail through the wire wire.tap.
 */
class ServerSideSearchTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = Mailboxes.greenMail();

    private static final Instant MONDAY = Instant.parse("2026-02-02T08:00:00Z");

    @RegisterExtension
    final TappedGreenMail wire = new TappedGreenMail(greenMail);

    @Test
    void a_subject_search_is_one_UID_SORT_newest_first_and_only_the_page_is_fetched() throws Exception {
        for (int i = 1; i <= 30; i++) {
            append("INBOX", (i % 3 == 0 ? "Invoice " : "Lunch ") + i, MONDAY.plus(Duration.ofHours(i)), "body " + i);
        }
        wire.tap.forgetCommands();

        SearchPage page = search("INBOX", criteria().subject("invoice").build(), 1, 4);

        assertEquals(List.of("Invoice 30", "Invoice 27", "Invoice 24", "Invoice 21"), subjects(page));
        assertEquals(10, page.total());
        assertEquals(3, page.pageCount());
        assertEquals(1, wire.tap.count("^UID SORT \\(REVERSE DATE\\) UTF-8 SUBJECT invoice$"), wire.tap.commands().toString());
        assertNothingButThePageWasFetched(4);
    }

    @Test
    void the_last_page_of_results_holds_the_oldest_and_a_page_beyond_the_end_shows_the_last() throws Exception {
        for (int i = 1; i <= 7; i++) {
            append("INBOX", "Report " + i, MONDAY.plus(Duration.ofHours(i)), "text");
        }

        SearchPage last = search("INBOX", criteria().subject("report").build(), 9, 3);

        assertEquals(3, last.page());
        assertEquals(List.of("Report 1"), subjects(last));
        assertTrue(last.hasPrevious() && !last.hasNext());
    }

    @Test
    void without_SORT_it_is_a_plain_UID_SEARCH_and_the_highest_UID_comes_first() throws Exception {
        wire.tap.hideCapability("SORT");
        append("INBOX", "Invoice old", MONDAY, "a");
        append("INBOX", "Invoice new", MONDAY.plus(Duration.ofDays(1)), "b");
        append("INBOX", "Invoice arrived last but dated first", MONDAY.minus(Duration.ofDays(9)), "c");
        ImapRig withoutSort = ImapRig.plain(wire.tap.port());
        try {
            SearchPage page = withoutSort.store.search(ALICE_CREDENTIALS, "INBOX", criteria().subject("invoice").build(), 1, 10);

            assertEquals(List.of("Invoice arrived last but dated first", "Invoice new", "Invoice old"), subjects(page));
            assertEquals(1, wire.tap.count("^UID SEARCH SUBJECT invoice$"), wire.tap.commands().toString());
            assertEquals(0, wire.tap.count("SORT"));
        } finally {
            withoutSort.close();
        }
    }

    @Test
    void quotes_and_literal_syntax_in_a_term_go_out_as_one_quoted_string_and_find_exactly_that_message() throws Exception {
        append("INBOX", "Budget {5} \"final\" draft", MONDAY, "numbers");
        append("INBOX", "Budget final draft", MONDAY, "numbers");
        append("INBOX", "{5}", MONDAY, "five");
        wire.tap.forgetCommands();

        SearchPage page = search("INBOX", criteria().subject("{5} \"final\"").build(), 1, 10);

        assertEquals(List.of("Budget {5} \"final\" draft"), subjects(page));
        assertEquals(1, wire.tap.count("^UID SORT \\(REVERSE DATE\\) UTF-8 SUBJECT \"\\{5\\} \\\\\"final\\\\\"\"$"), wire.tap.commands().toString());
        // the connection still works: the term did not end the command early or start a literal
        assertEquals(Set.of("{5}", "Budget {5} \"final\" draft"), Set.copyOf(subjects(search("INBOX", criteria().subject("{5}").build(), 1, 10))));
    }

    @Test
    void a_term_that_looks_like_IMAP_is_only_ever_a_string() throws Exception {
        append("INBOX", "Plain", MONDAY, "nothing here");
        wire.tap.forgetCommands();

        SearchPage page = search("INBOX", criteria().text("x\" OR ALL \"").build(), 1, 10);

        assertEquals(0, page.total());
        assertEquals(1, wire.tap.count("^UID SORT .* HEADER From \"x\\\\\" OR ALL \\\\\"\" "), wire.tap.commands().toString());
    }

    @Test
    void CR_or_LF_in_a_term_is_refused_before_anything_is_sent() throws Exception {
        append("INBOX", "Plain", MONDAY, "text");
        wire.tap.forgetCommands();

        assertThrows(IllegalArgumentException.class,
                () -> search("INBOX", criteria().subject("x\r\nA1 LOGOUT").build(), 1, 10));
        assertThrows(IllegalArgumentException.class, () -> search("INBOX", criteria().from("x\n").build(), 1, 10));

        assertEquals(0, wire.tap.count("SEARCH|SORT"), wire.tap.commands().toString());
        assertEquals(List.of("Plain"), subjects(search("INBOX", criteria().subject("plain").build(), 1, 10)));
    }

    /**
     * Only the wire is checked here: GreenMail's SORT ignores its charset and reads the literal's bytes as ASCII
     * (its SortCommandParser never hands the charset to the search parser), so it finds nothing. Dovecot does
     * (SearchJourneyOverDovecotIT); GreenMail's SEARCH does, see the test below.
     */
    @Test
    void non_ASCII_text_with_SORT_goes_as_a_UTF_8_literal() throws Exception {
        append("INBOX", "Relatório de vendas", MONDAY, "números");
        wire.tap.forgetCommands();

        search("INBOX", criteria().subject("relatório").build(), 1, 10);

        assertEquals(1, wire.tap.count("^UID SORT \\(REVERSE DATE\\) UTF-8 SUBJECT \\{10\\+?\\}$"), wire.tap.commands().toString());
    }

    @Test
    void non_ASCII_text_without_SORT_names_CHARSET_UTF_8() throws Exception {
        wire.tap.hideCapability("SORT");
        append("INBOX", "Relatório de vendas", MONDAY, "números");
        ImapRig withoutSort = ImapRig.plain(wire.tap.port());
        try {
            SearchPage page = withoutSort.store.search(ALICE_CREDENTIALS, "INBOX", criteria().text("números").build(), 1, 10);

            assertEquals(List.of("Relatório de vendas"), subjects(page));
            assertEquals(1, wire.tap.count("^UID SEARCH CHARSET UTF-8 OR OR HEADER From \\{8\\+?\\}$"), wire.tap.commands().toString());
        } finally {
            withoutSort.close();
        }
    }

    @Test
    void plain_text_matches_the_sender_the_subject_or_the_body() throws Exception {
        append("INBOX", "About the kestrel", MONDAY, "a");
        append("INBOX", "Birds", MONDAY.plusSeconds(60), "a kestrel hovered");
        appendFrom("Kestrel Watch", "watch@example.test", "Newsletter", MONDAY.plusSeconds(120));
        append("INBOX", "Nothing", MONDAY.plusSeconds(180), "sparrow");

        assertEquals(List.of("Newsletter", "Birds", "About the kestrel"), subjects(search("INBOX", criteria().text("kestrel").build(), 1, 10)));
        assertEquals(1, wire.tap.count("^UID SORT \\(REVERSE DATE\\) UTF-8 OR OR HEADER From kestrel SUBJECT kestrel BODY kestrel$"), wire.tap.commands().toString());
    }

    @Test
    void from_and_to_look_in_their_header_only() throws Exception {
        appendFrom("Anna", "anna@example.test", "From Anna", MONDAY);
        append("INBOX", "Mentions anna@example.test", MONDAY, "write to anna@example.test");

        assertEquals(List.of("From Anna"), subjects(search("INBOX", criteria().from("anna@example.test").build(), 1, 10)));
        assertEquals(List.of("From Anna"), subjects(search("INBOX", criteria().from("Anna").build(), 1, 10)), "a name or part of it");
        assertEquals(2, search("INBOX", criteria().to("alice").build(), 1, 10).total());
        assertEquals(0, search("INBOX", criteria().to("anna").build(), 1, 10).total());
        assertEquals(1, wire.tap.count(" HEADER From Anna$"), wire.tap.commands().toString());
        assertEquals(1, wire.tap.count(" HEADER To alice$"), wire.tap.commands().toString());
    }

    @Test
    void flags_are_searched_by_the_server() throws Exception {
        long read = Mailboxes.append(greenMail, "INBOX", text("Read one", MONDAY), true);
        append("INBOX", "Unread one", MONDAY.plusSeconds(60), "x");
        var flagged = text("Flagged one", MONDAY.plusSeconds(120));
        Mailboxes.folder(greenMail, "INBOX").appendMessage(flagged, new Flags(Flags.Flag.FLAGGED), flagged.getSentDate());
        wire.tap.forgetCommands();

        assertEquals(List.of("Flagged one", "Unread one"), subjects(search("INBOX", criteria().without(MessageFlag.SEEN).build(), 1, 10)));
        assertEquals(List.of("Read one"), subjects(search("INBOX", criteria().with(MessageFlag.SEEN).build(), 1, 10)));
        assertEquals(List.of("Flagged one"), subjects(search("INBOX", criteria().with(MessageFlag.FLAGGED).build(), 1, 10)));
        assertEquals(1, wire.tap.count(" UNSEEN$"));
        assertEquals(1, wire.tap.count(" SEEN$"));
        assertEquals(1, wire.tap.count(" FLAGGED$"));
        assertTrue(read > 0);
    }

    @Test
    void before_and_after_are_SENTBEFORE_and_SENTSINCE_of_exactly_the_days_asked() throws Exception {
        append("INBOX", "January", Instant.parse("2026-01-15T12:00:00Z"), "x");
        append("INBOX", "First of February", Instant.parse("2026-02-01T12:00:00Z"), "x");
        append("INBOX", "March", Instant.parse("2026-03-10T12:00:00Z"), "x");
        wire.tap.forgetCommands();

        assertEquals(List.of("January"), subjects(search("INBOX", criteria().before(LocalDate.of(2026, 2, 1)).build(), 1, 10)));
        assertEquals(List.of("March", "First of February"), subjects(search("INBOX", criteria().after(LocalDate.of(2026, 2, 1)).build(), 1, 10)));
        assertEquals(1, wire.tap.count(" SENTBEFORE 1-Feb-2026$"), wire.tap.commands().toString());
        assertEquals(1, wire.tap.count(" SENTSINCE 1-Feb-2026$"), wire.tap.commands().toString());
    }

    @Test
    void larger_is_the_servers_LARGER() throws Exception {
        append("INBOX", "Small", MONDAY, "tiny");
        append("INBOX", "Big", MONDAY, "x".repeat(20_000));
        wire.tap.forgetCommands();

        assertEquals(List.of("Big"), subjects(search("INBOX", criteria().larger(10 * 1024).build(), 1, 10)));
        assertEquals(1, wire.tap.count(" LARGER 10240$"), wire.tap.commands().toString());
    }

    @Test
    void has_attachment_finds_multipart_mixed_and_a_message_that_is_itself_an_attachment() throws Exception {
        Mailboxes.append(greenMail, "INBOX", Mailboxes.withAttachment("With a PDF", MONDAY, "a.pdf", new byte[]{1, 2, 3}, "application/pdf"), false);
        MimeMessage bare = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
        bare.setSubject("Bare file");
        bare.setSentDate(java.util.Date.from(MONDAY.plusSeconds(60)));
        bare.setFrom("bob@example.test");
        bare.setContent("%PDF-1.4", "application/pdf");
        bare.setDisposition("attachment");
        bare.setFileName("b.pdf");
        bare.saveChanges();
        Mailboxes.append(greenMail, "INBOX", bare, false);
        append("INBOX", "Only text", MONDAY.plusSeconds(120), "no files");
        wire.tap.forgetCommands();

        SearchPage page = search("INBOX", criteria().hasAttachment().build(), 1, 10);

        assertEquals(List.of("Bare file", "With a PDF"), subjects(page));
        assertTrue(page.messages().get(1).summary().hasAttachment(), "the list shows the paper-clip for what has:attachment finds");
        assertEquals(1, wire.tap.count(" OR HEADER Content-Type multipart/mixed HEADER Content-Disposition attachment$"), wire.tap.commands().toString());
    }

    @Test
    void several_terms_are_ANDed_on_the_server() throws Exception {
        appendFrom("Anna", "anna@example.test", "Invoice March", MONDAY);
        appendFrom("Anna", "anna@example.test", "Lunch", MONDAY);
        appendFrom("Bob", "bob@example.test", "Invoice April", MONDAY);

        assertEquals(List.of("Invoice March"), subjects(search("INBOX", criteria().from("anna@example.test").subject("invoice").build(), 1, 10)));
    }

    @Test
    void a_term_Angus_cannot_write_as_IMAP_fails_instead_of_being_matched_on_the_client() {
        SearchTerm local = new SearchTerm() {
            @Override
            public boolean match(Message message) {
                return true;
            }
        };
        for (SearchCommand.Strategy strategy : SearchCommand.Strategy.values()) {
            assertThrows(IllegalStateException.class, () -> SearchCommand.arguments(strategy, local));
        }
    }

    @Test
    void all_folders_are_merged_newest_first_and_paged_leaving_out_Trash() throws Exception {
        Mailboxes.folder(greenMail, "Projects");
        Mailboxes.folder(greenMail, "Trash");
        append("INBOX", "Kestrel 1", MONDAY.plus(Duration.ofHours(1)), "x");
        append("Projects", "Kestrel 2", MONDAY.plus(Duration.ofHours(2)), "x");
        append("INBOX", "Kestrel 3", MONDAY.plus(Duration.ofHours(3)), "x");
        append("Projects", "Kestrel 4", MONDAY.plus(Duration.ofHours(4)), "x");
        append("Trash", "Kestrel 5", MONDAY.plus(Duration.ofHours(5)), "x");
        append("Projects", "Sparrow", MONDAY.plus(Duration.ofHours(6)), "x");
        wire.tap.forgetCommands();

        SearchPage first = wire.rig.store.searchAll(ALICE_CREDENTIALS, criteria().subject("kestrel").build(), 1, 3);
        SearchPage second = wire.rig.store.searchAll(ALICE_CREDENTIALS, criteria().subject("kestrel").build(), 2, 3);

        assertEquals(List.of("Kestrel 4", "Kestrel 3", "Kestrel 2"), subjects(first));
        assertEquals(List.of("Projects", "INBOX", "Projects"), first.messages().stream().map(FoundMessage::folder).toList());
        assertEquals(List.of("Kestrel 1"), subjects(second));
        assertEquals(4, first.total());
        assertEquals(2, first.foldersSearched());
        assertEquals(0, wire.tap.count("^EXAMINE Trash|^SELECT Trash"), "Trash is left out");
    }

    @Test
    void an_empty_folder_is_not_searched_at_all() throws Exception {
        wire.tap.forgetCommands();

        SearchPage page = search("INBOX", criteria().subject("anything").build(), 1, 10);

        assertEquals(0, page.total());
        assertEquals(0, wire.tap.count("SEARCH|SORT"));
    }

    // --- helpers ---

    private SearchPage search(String folder, SearchCriteria criteria, int page, int pageSize) {
        return wire.rig.store.search(ALICE_CREDENTIALS, folder, criteria, page, pageSize);
    }

    /** One FETCH of the page's rows (and Angus's UID-to-number lookup); no body, no other message. */
    private void assertNothingButThePageWasFetched(int rows) {
        List<String> fetches = wire.tap.commands().stream().filter(c -> c.matches("(?i)^(UID )?FETCH .*")).toList();
        assertTrue(fetches.stream().noneMatch(f -> f.matches("(?i).*(BODY\\[|BODY\\.PEEK\\[|RFC822[ )]|RFC822\\.TEXT).*")), fetches.toString());
        List<String> rowFetches = fetches.stream().filter(f -> f.contains("ENVELOPE")).toList();
        assertEquals(1, rowFetches.size(), fetches.toString());
        assertEquals(rows, messagesIn(rowFetches.get(0).split(" ")[1]), rowFetches.get(0));
    }

    private static int messagesIn(String sequenceSet) {
        int count = 0;
        for (String part : sequenceSet.split(",")) {
            String[] range = part.split(":");
            count += range.length == 1 ? 1 : Math.abs(Integer.parseInt(range[1]) - Integer.parseInt(range[0])) + 1;
        }
        return count;
    }

    private static List<String> subjects(SearchPage page) {
        return page.messages().stream().map(found -> found.summary().subject()).toList();
    }

    private static void append(String folder, String subject, Instant date, String body) throws Exception {
        Mailboxes.append(greenMail, folder, Mailboxes.text("Bob", "bob@example.test", subject, date, body), false);
    }

    private static void appendFrom(String name, String address, String subject, Instant date) throws Exception {
        Mailboxes.append(greenMail, "INBOX", Mailboxes.text(name, address, subject, date, "hello"), false);
    }

    private static MimeMessage text(String subject, Instant date) throws Exception {
        return Mailboxes.text("Bob", "bob@example.test", subject, date, "text");
    }

    static Criteria criteria() {
        return new Criteria();
    }

    /** Builds criteria in tests the way the parser would. */
    static final class Criteria {
        private final java.util.List<String> text = new java.util.ArrayList<>();
        private final java.util.List<String> from = new java.util.ArrayList<>();
        private final java.util.List<String> to = new java.util.ArrayList<>();
        private final java.util.List<String> subject = new java.util.ArrayList<>();
        private final java.util.Set<MessageFlag> with = new java.util.HashSet<>();
        private final java.util.Set<MessageFlag> without = new java.util.HashSet<>();
        private LocalDate before;
        private LocalDate after;
        private long larger;
        private boolean attachment;

        Criteria text(String s) { text.add(s); return this; }
        Criteria from(String s) { from.add(s); return this; }
        Criteria to(String s) { to.add(s); return this; }
        Criteria subject(String s) { subject.add(s); return this; }
        Criteria with(MessageFlag f) { with.add(f); return this; }
        Criteria without(MessageFlag f) { without.add(f); return this; }
        Criteria before(LocalDate d) { before = d; return this; }
        Criteria after(LocalDate d) { after = d; return this; }
        Criteria larger(long bytes) { larger = bytes; return this; }
        Criteria hasAttachment() { attachment = true; return this; }

        SearchCriteria build() {
            return new SearchCriteria(text, from, to, subject, Set.copyOf(with), Set.copyOf(without), before, after, larger, attachment);
        }
    }
}
