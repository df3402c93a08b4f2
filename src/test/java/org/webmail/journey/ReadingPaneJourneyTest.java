package org.webmail.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.webmail.account.ReadingPane;
import org.webmail.account.UserAccount;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;
import org.webmail.support.TestMailbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The reading pane, rendered by the server: with the pane beside or below the list, a message's page also shows the
 * list page it was opened from, its row marked as the open one; with the pane off it is the message alone.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class ReadingPaneJourneyTest {

    private static final Pattern ROW_LINK = Pattern.compile("<tr [^>]*data-uid=\"(\\d+)\"[^>]*>\\s*(?:<td class=\"select\">.*?</td>\\s*)?"
            + "<td class=\"from\">.*?</td>\\s*<td class=\"subject\">\\s*<a href=\"([^\"]+)\"", Pattern.DOTALL);

    private final Browser browser = new Browser();

    private Browser alice(ReadingPane pane) {
        browser.signedIn(TestMailbox.USER, TestMailbox.PASSWORD); // creates the account on the first sign-in
        QuarkusTransaction.requiringNew().run(() -> UserAccount.findByLogin(TestMailbox.USER).readingPane = pane);
        return browser;
    }

    @AfterEach
    void backToTheDefault() {
        QuarkusTransaction.requiringNew().run(() -> UserAccount.findByLogin(TestMailbox.USER).readingPane = ReadingPane.RIGHT);
    }

    @Test
    void besideTheListTheMessagePageShowsTheListPageItCameFromWithItsRowMarked() {
        Browser alice = alice(ReadingPane.RIGHT);
        String second = alice.get("/mail/INBOX?page=2").then().statusCode(200).extract().asString();
        assertTrue(second.contains("class=\"reading-empty\" data-region=\"reading\""), "an empty reading pane beside the list");
        List<String[]> rows = rows(second);
        String[] picked = rows.get(3);
        assertEquals("/mail/INBOX/" + picked[0] + "?page=2", picked[1], "rows of page 2 link with their list page");

        String page = alice.get(picked[1]).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<div class=\"mailbox message-open with-pane pane-right\">"), "the pane layout");
        assertTrue(page.contains("class=\"list-pane\" data-region=\"list\" data-folder=\"INBOX\" data-page=\"2\""), "the list of page 2");
        List<String[]> listed = rows(page);
        assertEquals(rows.stream().map(r -> r[0]).toList(), listed.stream().map(r -> r[0]).toList(), "the same rows as page 2");
        Matcher open = Pattern.compile("<tr [^>]*aria-current=\"true\"[^>]*>").matcher(page);
        assertTrue(open.find(), "a row is marked as the open one");
        assertTrue(open.group().contains("data-uid=\"" + picked[0] + "\""), "the open message's row: " + open.group());
        assertFalse(open.find(), "only one row is marked");
        assertTrue(page.contains("data-region=\"reading\" data-uid") || page.contains("data-uid=\"" + picked[0] + "\" data-region=\"reading\""),
                "the message is the reading region");
        assertTrue(page.contains("href=\"/mail/INBOX?page=2\" aria-label=\"Back to the list: "), "the way back keeps the page");
        assertTrue(page.contains("rel=\"next\" href=\"/mail/INBOX?page=3\""), "the pane's list pages on");
    }

    @Test
    void belowTheListIsTheSameListInTheBottomLayoutAndPageOneByDefault() {
        Browser alice = alice(ReadingPane.BOTTOM);
        String[] first = rows(alice.get("/mail/INBOX").asString()).get(0);
        assertEquals("/mail/INBOX/" + first[0], first[1], "page 1 links need no page");
        String page = alice.get(first[1]).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<div class=\"mailbox message-open with-pane pane-bottom\">"), "the pane below");
        assertTrue(page.contains("class=\"list-pane\" data-region=\"list\" data-folder=\"INBOX\" data-page=\"1\""), "page 1 of the list");
        assertTrue(Pattern.compile("<tr [^>]*data-uid=\"" + first[0] + "\"[^>]*aria-current=\"true\"").matcher(page).find(), "open row marked");
    }

    @Test
    void withThePaneOffTheMessagePageIsTheMessageAlone() {
        Browser alice = alice(ReadingPane.OFF);
        String list = alice.get("/mail/INBOX").asString();
        assertFalse(list.contains("reading-empty"), "no empty pane beside the list");
        String[] first = rows(list).get(0);
        String page = alice.get(first[1]).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<div class=\"mailbox message-open\">"));
        assertFalse(page.contains("list-pane"), "no list");
        assertFalse(page.contains("aria-current=\"true\""), "no marked row");
        assertFalse(page.contains("id=\"message-list\""), "no rows at all");
        assertTrue(page.contains("data-region=\"reading\""), "the message is still a region for in-place navigation");
    }

    @Test
    void theShellSpeaksBrazilianPortuguese() {
        alice(ReadingPane.RIGHT);
        String list = browser.request().header("Accept-Language", "pt-BR").get("/mail/INBOX?page=2").asString();
        assertTrue(list.contains("Selecione uma mensagem para lê-la aqui."), "the empty pane");
        assertTrue(list.contains(">Pastas</a>"), "the phone's folder control");
        assertTrue(list.contains("data-text-new-from=\"Nova mensagem de\""), "the words for new-mail announcements");
        String[] picked = rows(list).get(0);
        String page = browser.request().header("Accept-Language", "pt-BR").get(picked[1]).asString();
        assertTrue(page.contains("Página 2 de "), "the pane's pager");
        assertTrue(page.contains("aria-label=\"Voltar à lista: "), "the way back");
    }

    /** [uid, href of the subject link] of each message row, in page order. */
    private static List<String[]> rows(String html) {
        List<String[]> rows = new ArrayList<>();
        Matcher m = ROW_LINK.matcher(html);
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2).replace("&amp;", "&")});
        }
        assertFalse(rows.isEmpty(), "rows on the page");
        return rows;
    }
}
