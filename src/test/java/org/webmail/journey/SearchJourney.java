package org.webmail.journey;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.SearchMailbox;

import io.restassured.response.Response;

/**
 * carol searches her mail from the box at the top of every page. The server does the searching; these journeys
 * check what she sees for each operator, the all-folders search, paging, and terms shaped like IMAP syntax. The
 * same journeys run against GreenMail ({@link SearchJourneyTest}) and Dovecot ({@link SearchJourneyOverDovecotIT}).
 */
public abstract class SearchJourney {

    private static final Set<Class<?>> SEEDED = new HashSet<>();
    private static final Pattern ROW_SUBJECT = Pattern.compile("<td class=\"subject\">\\s*<a href=\"[^\"]*\">([^<]*)</a>");

    private final Browser browser = new Browser();

    /** carol's store on the server the journeys run against, logged in. */
    protected abstract Store carolsStore() throws Exception;

    @BeforeEach
    void seedOnceAndSignIn() throws Exception {
        synchronized (SEEDED) {
            if (SEEDED.add(getClass())) {
                try (Store store = carolsStore()) {
                    SearchMailbox.fill(store);
                }
            }
        }
        browser.signedIn(SearchMailbox.USER, SearchMailbox.PASSWORD);
        browser.post("/settings", Map.of("displayName", "Carol", "zone", "Europe/Lisbon", "pageSize", "10"))
                .then().statusCode(303);
    }

    protected Response search(String query) {
        return search(query, SearchMailbox.LAB, "");
    }

    protected Response search(String query, String folder, String extra) {
        return browser.request().queryParam("q", query).queryParam("folder", folder).get("/search" + extra);
    }

    /** The subjects of the result rows, in page order. */
    protected static List<String> subjects(Response page) {
        Matcher matcher = ROW_SUBJECT.matcher(page.asString());
        List<String> subjects = new ArrayList<>();
        while (matcher.find()) {
            subjects.add(org.jsoup.parser.Parser.unescapeEntities(matcher.group(1), false));
        }
        return subjects;
    }

    protected List<String> found(String query) {
        Response page = search(query);
        page.then().statusCode(200);
        return subjects(page);
    }

    @Test
    void everySignedInPageHasASearchBoxThatKeepsTheFolder() {
        String inbox = browser.get("/mail/INBOX").then().statusCode(200).extract().asString();
        assertTrue(inbox.contains("<form class=\"search\" role=\"search\" method=\"get\" action=\"/search\">"), "search form");
        assertTrue(inbox.contains("<label for=\"search-q\">Search mail</label>"), "labelled box");
        assertTrue(inbox.contains("<input type=\"hidden\" name=\"folder\" value=\"INBOX\">"), "searches the folder shown");
        String lab = browser.get("/mail/Search lab").then().statusCode(200).extract().asString();
        assertTrue(lab.contains("name=\"folder\" value=\"Search lab\""), lab);
    }

    @Test
    void plainWordsAreFoundInTheSubjectOrTheText() {
        assertEquals(List.of("Quarterly numbers", "Kestrel survey results"), found("kestrel"));
    }

    @Test
    void aQuotedPhraseMustAppearAsItIs() {
        assertEquals(List.of("Kestrel survey results"), found("\"survey results\""));
        assertEquals(List.of("Kestrel survey results"), found("results survey"));
        search("\"results survey\"").then().statusCode(200).body(containsString("No messages match."));
    }

    @Test
    void fromFindsTheSendersMailByAddressOrName() {
        List<String> dora = List.of("Forwarded to Frank", "Budget final draft", SearchMailbox.HOSTILE_SUBJECT, "Kestrel survey results");
        assertEquals(dora, found("from:dora@search.test"));
        assertEquals(dora, found("from:Dora"));
        assertEquals(List.of("Relatório de vendas — março", "Quarterly numbers"), found("from:\"Eve <eve@\""));
    }

    @Test
    void toFindsMailToThatAddress() {
        assertEquals(List.of("Forwarded to Frank"), found("to:frank@search.test"));
        assertEquals(List.of("Forwarded to Frank"), found("to:frank"));
    }

    @Test
    void plainWordsAlsoMatchTheSendersName() {
        assertEquals(List.of("Relatório de vendas — março", "Quarterly numbers"), found("eve"));
    }

    @Test
    void subjectLooksOnlyInTheSubject() {
        assertEquals(List.of("Kestrel survey results"), found("subject:kestrel"));
        assertEquals(List.of("Budget final draft", SearchMailbox.HOSTILE_SUBJECT), found("subject:budget"));
    }

    @Test
    void hasAttachmentFindsTheMailWithAFile() {
        String page = search("has:attachment").then().statusCode(200).extract().asString();
        assertEquals(List.of("Quarterly numbers"), subjects(search("has:attachment")));
        assertTrue(page.contains("has attachments"), "the row shows its paper-clip");
    }

    @Test
    void isUnreadReadAndFlaggedFindByState() {
        assertEquals(List.of("Relatório de vendas — março", "Kestrel survey results"), found("is:unread"));
        assertEquals(List.of("Quarterly numbers"), found("is:flagged"));
        assertEquals(List.of("Forwarded to Frank", "Budget final draft", SearchMailbox.HOSTILE_SUBJECT), found("is:read from:dora@search.test"));
    }

    @Test
    void beforeAndAfterFindBySentDay() {
        assertEquals(List.of("Weekly digest 04", "Weekly digest 03", "Weekly digest 02", "Weekly digest 01"), found("before:2025-01-05"));
        assertEquals(List.of("Forwarded to Frank", "Relatório de vendas — março", "Budget final draft"), found("after:2025-03-15"));
    }

    @Test
    void largerFindsBigMessages() {
        assertEquals(List.of("Quarterly numbers"), found("larger:20K"));
        assertEquals(List.of(), found("larger:1M"));
    }

    @Test
    void severalTermsMustAllMatch() {
        assertEquals(List.of("Budget final draft", SearchMailbox.HOSTILE_SUBJECT), found("from:dora@search.test budget"));
        assertEquals(List.of("Quarterly numbers"), found("kestrel has:attachment is:flagged after:2025-03-01"));
    }

    @Test
    void unknownOperatorsAreSearchedAsText() {
        search("label:work").then().statusCode(200).body(containsString("No messages match."));
    }

    @Test
    void resultsArePagedNewestFirstWithTheQueryKept() {
        Response first = search("from:digest@search.test");
        first.then().statusCode(200)
                .body(containsString("14 messages match"))
                .body(containsString("Page 1 of 2"))
                .body(containsString("value=\"from:digest@search.test\""))
                .body(containsString("rel=\"next\" href=\"/search?q=from%3Adigest%40search.test&amp;folder=Search+lab&amp;page=2\""));
        assertEquals(10, subjects(first).size());
        assertEquals("Weekly digest 14", subjects(first).get(0));
        Response second = browser.request().queryParam("q", "from:digest@search.test").queryParam("folder", "Search lab")
                .queryParam("page", 2).get("/search");
        second.then().statusCode(200).body(containsString("Page 2 of 2"));
        assertEquals(List.of("Weekly digest 04", "Weekly digest 03", "Weekly digest 02", "Weekly digest 01"), subjects(second));
    }

    @Test
    void allFoldersAreSearchedNewestFirstButTrashAndJunkAreLeftOut() {
        Response page = search("kestrel", SearchMailbox.LAB, "?scope=all");
        page.then().statusCode(200)
                .body(containsString("In all folders"))
                .body(containsString("Trash and Junk are left out"))
                .body(containsString("<option value=\"all\" selected>All folders</option>"))
                .body(containsString("<span class=\"sr-only\">in </span>Birdwatch</span>"));
        List<String> subjects = subjects(page);
        assertEquals(List.of("Kestrel nest photos", "Quarterly numbers", "Kestrel survey results"),
                subjects.stream().filter(s -> s.startsWith("Kestrel") || s.equals("Quarterly numbers")).toList());
        assertFalse(subjects.contains("Kestrel deleted"), "Trash is not searched");
        assertTrue(page.asString().contains("href=\"/mail/Birdwatch/"), "a result opens in its own folder");
    }

    @Test
    void aTermWithQuotesAndLiteralSyntaxFindsExactlyThatMessage() {
        assertEquals(List.of(SearchMailbox.HOSTILE_SUBJECT), found("subject:\"{5} \\\"final\\\"\""));
        assertEquals(List.of(SearchMailbox.HOSTILE_SUBJECT), found("subject:{5}"));
        search("subject:\"{5} \\\"final\\\"\"").then()
                .body(containsString("value=\"subject:&quot;{5} \\&quot;final\\&quot;&quot;\""));
    }

    @Test
    void crAndLfInTheQueryOnlySeparateWordsAndBreakNothing() {
        search("subject:\"{5}\r\nA1 LOGOUT\"").then().statusCode(200).body(containsString("No messages match."));
        search("{5}\r\n* OK").then().statusCode(200).body(containsString("No messages match."));
        assertEquals(List.of(SearchMailbox.HOSTILE_SUBJECT), found("subject:{5}\r\nsubject:final"));
        browser.get("/mail/Search lab").then().statusCode(200).body(containsString("Weekly digest 14"));
    }

    @Test
    void aBadDateOrSizeIsExplainedAndTheQueryKept() {
        search("before:yesterday").then().statusCode(400)
                .body(containsString("before: takes a date written year-month-day, for example before:2026-03-01"))
                .body(containsString("value=\"before:yesterday\""));
        search("larger:lots").then().statusCode(400).body(containsString("larger: takes a size such as 500K, 10M or 1G"));
    }

    @Test
    void anEmptySearchShowsHowToSearch() {
        search("").then().statusCode(200).body(containsString("How to search")).body(containsString("has:attachment"));
    }
}
