package org.webmail.journey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.TestMailbox;

/**
 * A person reads a folder as conversations: the toggle and its memory, one row per conversation newest first, the
 * pager, and a conversation with every message including their own replies from Sent. The same journeys run on
 * GreenMail, which has no THREAD (threaded here), and on Dovecot, which threads them itself.
 */
public abstract class ConversationsJourney {

    private static final Pattern ROW = Pattern.compile("<tr class=\"conversation[^\"]*\" data-uid=\"(\\d+)\"[\\s\\S]*?</tr>");

    /** A connection to alice's mailbox on the server under test, for seeding. */
    protected abstract Store aliceStore() throws Exception;

    /** "local" or "server": who is expected to thread. */
    protected abstract String expectedThreading();

    @BeforeEach
    void seed() throws Exception {
        try (Store store = aliceStore()) {
            ConversationMail.seed(store);
        }
    }

    private static Browser alice() {
        return new Browser().signedIn(TestMailbox.USER, TestMailbox.PASSWORD);
    }

    private static String conversations(Browser browser, String query) {
        return browser.get("/mail/Threads?view=conversations" + query).then().statusCode(200).extract().asString();
    }

    /** The list's rows in order, as their text without tags. */
    private static List<String> rows(String page) {
        List<String> rows = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            rows.add(m.group().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        return rows;
    }

    private static String linkOf(String page, String subject) {
        Matcher m = Pattern.compile("href=\"(/conversation/Threads/\\d+)\">" + Pattern.quote(subject) + "</a>").matcher(page);
        assertTrue(m.find(), "a conversation link for " + subject);
        return m.group(1);
    }

    @Test
    void theListShowsOneRowPerConversationNewestActivityFirst() {
        String page = conversations(alice(), "");
        assertTrue(page.contains("data-threading=\"" + expectedThreading() + "\""), "threaded by the " + expectedThreading());
        assertTrue(page.contains((4 + ConversationMail.NOTES) + " conversations"), "four conversations and the notes");
        List<String> rows = rows(page);
        assertEquals(50, rows.size(), "a page of 50");
        assertTrue(rows.get(0).startsWith("Carol Danvers carol@example.test , Bob Builder bob@example.test Offsite planning 2 messages"), rows.get(0));
        assertTrue(rows.get(1).startsWith("Bob Builder bob@example.test , Carol Danvers carol@example.test Budget 2027 2 messages"), "In-Reply-To alone joins: " + rows.get(1));
        assertTrue(rows.get(2).startsWith("Bob Builder bob@example.test Re: Question for Bob"), rows.get(2));
        assertFalse(rows.get(2).contains("messages"), "one message in this folder: " + rows.get(2));
        assertTrue(rows.get(3).contains("Re: Lost root 2 messages"), "replies to a missing message stay together: " + rows.get(3));
        assertTrue(rows.get(4).contains("Note 55"), rows.get(4));
        assertTrue(page.contains("Page 1 of 2"));
    }

    @Test
    void thePagerWalksToTheOldestConversations() {
        String last = conversations(alice(), "&page=2");
        assertTrue(last.contains("Page 2 of 2"));
        List<String> rows = rows(last);
        assertEquals(9, rows.size(), rows.toString());
        assertTrue(rows.getLast().contains("Note 01"), rows.getLast());
        assertFalse(last.contains("Offsite planning"));
        assertTrue(last.contains("rel=\"prev\" href=\"/mail/Threads?view=conversations&amp;page=1\""));
    }

    @Test
    void aConversationShowsEveryMessageInOrderWithTheUsersReplyFromSent() {
        Browser alice = alice();
        String list = conversations(alice, "");
        assertTrue(rows(list).getFirst().contains("1 unread"), "carol's answer is unread: " + rows(list).getFirst());
        String page = alice.get(linkOf(list, "Offsite planning")).then().statusCode(200).extract().asString();
        int question = page.indexOf("Where shall we go for the offsite?");
        int reply = page.indexOf("How about Lisbon?");
        int answer = page.indexOf("Lisbon works for me too.");
        assertTrue(question > 0 && reply > question && answer > reply, "bob, then alice from Sent, then carol: " + question + " " + reply + " " + answer);
        assertTrue(page.contains("<bdi>Bob Builder</bdi> &lt;bob@example.test&gt;"), "headers, escaped");
        assertTrue(page.contains("class=\"badge sent-mark\">from Sent"), "alice's own reply marked as from Sent");
        assertTrue(page.contains("<p class=\"count\">3 messages</p>"));
        assertTrue(page.contains("href=\"/compose?reply=Sent%2F"), "her reply can be answered like any message");
        assertTrue(page.contains("<details open>"), "the unread answer is open");

        String after = conversations(alice, "");
        assertFalse(rows(after).getFirst().contains("unread"), "reading the conversation read its messages");
    }

    @Test
    void aConversationTheUserStartedShowsTheirFirstMessageFromSent() {
        Browser alice = alice();
        String page = alice.get(linkOf(conversations(alice, ""), "Re: Question for Bob")).then().statusCode(200).extract().asString();
        int first = page.indexOf("Can we meet on Thursday?");
        int answer = page.indexOf("Yes, Thursday is fine.");
        assertTrue(first > 0 && answer > first, "alice's question from Sent, then bob's answer");
    }

    @Test
    void htmlInAConversationIsShownInTheSandboxedFrameLikeTheReadView() {
        Browser alice = alice();
        String page = alice.get(linkOf(conversations(alice, ""), "Re: Lost root")).then().statusCode(200).extract().asString();
        assertTrue(page.contains("I never saw the first message."));
        Matcher frame = Pattern.compile("sandbox=\"allow-popups allow-popups-to-escape-sandbox\"\\s+src=\"(/mail/Threads/\\d+/body)\"").matcher(page);
        assertTrue(frame.find(), "the body frame of the read view");
        alice.get(frame.group(1)).then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'none'"))
                .body(containsString("<b>I</b>"))
                .body(not(containsString("<script")));
        assertFalse(page.contains("alert(1)"), "the HTML never reaches the page itself");
    }

    @Test
    void theToggleIsRememberedForTheReaderUntilTheyChooseMessagesAgain() {
        Browser alice = alice();
        try {
            alice.get("/mail/Threads").then().statusCode(200)
                    .body(containsString("id=\"message-list\""))
                    .body(containsString("value=\"messages\" aria-pressed=\"true\""));
            alice.post("/conversation/view", Map.of("folder", "Threads", "view", "conversations"))
                    .then().statusCode(303).header("Location", containsString("/mail/Threads"));
            alice.get("/mail/Threads").then().statusCode(200)
                    .body(containsString("id=\"conversation-list\""))
                    .body(containsString("value=\"conversations\" aria-pressed=\"true\""));
            alice().get("/mail/Projects/2026").then().statusCode(200)
                    .body(containsString("id=\"conversation-list\""))
                    .body(containsString("Roadmap 2026"));
            alice.get("/mail/Threads?view=messages").then().statusCode(200).body(containsString("id=\"message-list\""));
        } finally {
            alice.post("/conversation/view", Map.of("folder", "Threads", "view", "messages")).then().statusCode(303);
        }
        alice.get("/mail/Threads").then().statusCode(200).body(containsString("id=\"message-list\""));
    }

    @Test
    void theToggleIsAFormThatNeedsItsCsrfToken() {
        alice().request().contentType("application/x-www-form-urlencoded").formParam("folder", "Threads")
                .formParam("view", "conversations").post("/conversation/view").then().statusCode(403);
    }

    @Test
    void unknownConversationsArePlainNotFoundPages() {
        Browser alice = alice();
        alice.get("/conversation/NoSuchFolder/1").then().statusCode(404).body(not(containsString("Exception")));
        alice.get("/conversation/Threads/999999").then().statusCode(404).body(containsString("Message not found"));
    }

}
