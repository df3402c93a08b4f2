package org.webmail.imap;

import jakarta.mail.Session;
import jakarta.mail.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.interop.InteropServer;
import org.webmail.support.SearchMailbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.ServerSideSearchTest.criteria;

/**
 * What goes on the wire to the real Dovecot (through the tap, on its loopback port without TLS, which Dovecot allows
 * from 127.0.0.1): with SORT one UID SORT; with SORT hidden, ESEARCH's {@code UID SEARCH RETURN (ALL)}. carol's
 * search mailbox ({@link SearchMailbox}) is the data.
 */
class ServerSideSearchOverDovecotIT {

    private static final MailCredentials CAROL = MailCredentials.password(SearchMailbox.USER, SearchMailbox.PASSWORD);

    private ImapWireTap tap;
    private ImapRig rig;

    @BeforeAll
    static void fillCarolsMailbox() throws Exception {
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        try (Store store = session.getStore("imaps")) {
            store.connect("localhost", InteropServer.IMAPS_PORT, SearchMailbox.USER, SearchMailbox.PASSWORD);
            SearchMailbox.fill(store);
        }
    }

    @BeforeEach
    void connect() throws Exception {
        tap = new ImapWireTap(InteropServer.IMAP_STARTTLS_PORT);
    }

    @AfterEach
    void disconnect() throws Exception {
        if (rig != null) {
            rig.close();
        }
        tap.close();
    }

    @Test
    void with_SORT_a_search_is_one_UID_SORT_and_a_page_of_rows() {
        rig = ImapRig.plain(tap.port());

        SearchPage page = rig.store.search(CAROL, SearchMailbox.LAB, criteria().from("digest@search.test").build(), 2, 10);

        assertEquals(List.of("Weekly digest 04", "Weekly digest 03", "Weekly digest 02", "Weekly digest 01"), subjects(page));
        assertEquals(14, page.total());
        assertEquals(1, tap.count("^UID SORT \\(REVERSE DATE\\) UTF-8 HEADER From digest@search.test$"), tap.commands().toString());
    }

    @Test
    void without_SORT_Dovecot_answers_ESEARCH_and_the_highest_UID_comes_first() {
        tap.hideCapability("SORT");
        rig = ImapRig.plain(tap.port());

        SearchPage page = rig.store.search(CAROL, SearchMailbox.LAB, criteria().from("digest@search.test").build(), 1, 3);

        assertEquals(List.of("Weekly digest 14", "Weekly digest 13", "Weekly digest 12"), subjects(page));
        assertEquals(14, page.total());
        assertEquals(1, tap.count("^UID SEARCH RETURN \\(ALL\\) HEADER From digest@search.test$"), tap.commands().toString());
        assertEquals(0, tap.count("SORT"));
    }

    @Test
    void quotes_braces_and_non_ASCII_go_out_quoted_or_as_literals_and_match_exactly() {
        rig = ImapRig.plain(tap.port());

        SearchPage hostile = rig.store.search(CAROL, SearchMailbox.LAB, criteria().subject("{5} \"final\"").build(), 1, 10);
        SearchPage accented = rig.store.search(CAROL, SearchMailbox.LAB, criteria().text("números").build(), 1, 10);

        assertEquals(List.of(SearchMailbox.HOSTILE_SUBJECT), subjects(hostile));
        assertEquals(List.of("Relatório de vendas — março"), subjects(accented));
        assertEquals(1, tap.count("^UID SORT \\(REVERSE DATE\\) UTF-8 SUBJECT \"\\{5\\} \\\\\"final\\\\\"\"$"), tap.commands().toString());
        assertEquals(1, tap.count("^UID SORT \\(REVERSE DATE\\) UTF-8 OR OR HEADER From \\{8\\+?\\}$"), tap.commands().toString());
    }

    @Test
    void non_ASCII_without_SORT_names_CHARSET_UTF_8_for_ESEARCH() {
        tap.hideCapability("SORT");
        rig = ImapRig.plain(tap.port());

        SearchPage page = rig.store.search(CAROL, SearchMailbox.LAB, criteria().subject("março").build(), 1, 10);

        assertEquals(List.of("Relatório de vendas — março"), subjects(page));
        assertEquals(1, tap.count("^UID SEARCH RETURN \\(ALL\\) CHARSET UTF-8 SUBJECT \\{6\\+?\\}$"), tap.commands().toString());
    }

    @Test
    void every_criterion_is_understood_by_Dovecot() {
        rig = ImapRig.plain(tap.port());

        assertEquals(List.of("Quarterly numbers"), subjects(rig.store.search(CAROL, SearchMailbox.LAB, criteria().hasAttachment()
                .with(MessageFlag.FLAGGED).with(MessageFlag.SEEN).larger(20 * 1024).text("kestrel").build(), 1, 10)));
        assertEquals(List.of("Relatório de vendas — março", "Kestrel survey results"),
                subjects(rig.store.search(CAROL, SearchMailbox.LAB, criteria().without(MessageFlag.SEEN).build(), 1, 10)));
        assertEquals(List.of("Forwarded to Frank", "Relatório de vendas — março", "Budget final draft"), subjects(rig.store.search(
                CAROL, SearchMailbox.LAB, criteria().after(LocalDate.of(2025, 3, 15)).build(), 1, 10)));
        assertEquals(4, rig.store.search(CAROL, SearchMailbox.LAB, criteria().before(LocalDate.of(2025, 1, 5)).build(), 1, 10).total());
        assertEquals(List.of("Forwarded to Frank"), subjects(rig.store.search(CAROL, SearchMailbox.LAB, criteria().to("frank").build(), 1, 10)));
        assertTrue(tap.commands().stream().noneMatch(c -> c.matches("(?i).*FETCH .*(BODY\\[|BODY\\.PEEK\\[|RFC822[ )]).*")),
                "nothing but rows is fetched: the server matched");
    }

    @Test
    void all_folders_merge_Search_lab_and_Birdwatch_newest_first_without_Trash() {
        rig = ImapRig.plain(tap.port());

        SearchPage page = rig.store.searchAll(CAROL, criteria().text("kestrel").build(), 1, 10);

        List<String> mine = subjects(page).stream().filter(s -> Set.of("Kestrel nest photos", "Quarterly numbers",
                "Kestrel survey results", "Kestrel deleted").contains(s)).toList();
        assertEquals(List.of("Kestrel nest photos", "Quarterly numbers", "Kestrel survey results"), mine);
    }

    private static List<String> subjects(SearchPage page) {
        return page.messages().stream().map(found -> found.summary().subject()).toList();
    }
}
