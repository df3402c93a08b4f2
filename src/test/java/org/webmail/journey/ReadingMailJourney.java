package org.webmail.journey;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.TestMailbox;

import io.restassured.response.Response;

/**
 * A person signs in and reads mail: folder tree, paging, a message, its attachment, its source. The same
 * journeys run against GreenMail ({@link ReadingMailJourneyTest}) and a real Dovecot (the *IT classes).
 */
public abstract class ReadingMailJourney {

    private final Browser browser = new Browser();

    private Browser alice() {
        return browser.signedIn(TestMailbox.USER, TestMailbox.PASSWORD);
    }

    @Test
    void theRootLeadsAStrangerToTheSignInForm() {
        browser.get("/").then().statusCode(303).header("Location", containsString("/login"));
        browser.get("/login").then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"/login\">"))
                .body(containsString("name=\"csrf\""))
                .body(not(containsString("This is a demo")));
    }

    @Test
    void signingInSetsASecureHttpOnlyLaxCookieAndLeadsToTheInbox() {
        Response response = browser.signIn(TestMailbox.USER, TestMailbox.PASSWORD);
        response.then().statusCode(303).header("Location", containsString("/"));
        String setCookie = response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Browser.SESSION_COOKIE)).findFirst().orElseThrow();
        assertTrue(setCookie.contains("Secure"), setCookie);
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("httponly"), setCookie); // attribute names are case-insensitive (RFC 6265 5.2)
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        browser.get("/").then().statusCode(303).header("Location", containsString("/mail/INBOX"));
    }

    @Test
    void aWrongPasswordIsToldPlainly() {
        browser.signIn(TestMailbox.USER, "not-the-password").then().statusCode(401)
                .body(containsString("The mail address or password is wrong."))
                .body(containsString("value=\"alice@example.test\""));
        assertEquals(null, browser.cookie(Browser.SESSION_COOKIE));
    }

    @Test
    void theInboxShowsTheFolderTreeWithUnreadCountsAndTheNewestFiftyMessages() {
        String page = alice().get("/mail/INBOX").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<a href=\"/mail/INBOX\" aria-current=\"page\">"), "INBOX is the current folder");
        assertTrue(page.contains("href=\"/mail/Projects/2026\""), "nested folder listed");
        assertTrue(page.contains("depth-1"), "nested folder indented");
        assertTrue(page.contains("role-sent"), "Sent recognised");
        assertTrue(page.contains("role-trash"), "Trash recognised");
        // 120 numbered messages, a third of them read, plus 3 special unread ones (one of them read+flagged).
        // 120 numbered messages (a third read) and 3 special ones; other journeys may already have read a few.
        Matcher counts = Pattern.compile("123 messages, (\\d+) unread").matcher(page);
        assertTrue(counts.find(), "counts shown");
        int unread = Integer.parseInt(counts.group(1));
        assertTrue(unread > 70 && unread <= 82, "unread count " + unread);
        assertTrue(page.contains("title=\"" + unread + " unread\""), "the folder tree shows the same unread count");
        assertTrue(page.contains("Page 1 of 3"), "three pages of 50");
        assertTrue(page.contains("Relatório de vendas — março"), "newest special message on page 1");
        assertTrue(page.contains("Numbered message 120"), "newest numbered message on page 1");
        assertTrue(page.contains("Numbered message 074"), "the 50th message is on page 1");
        assertTrue(!page.contains("Numbered message 073"), "the 51st is not");
        assertTrue(page.indexOf("Numbered message 120") < page.indexOf("Numbered message 119"), "newest first");
        assertTrue(page.contains("João Conceição"), "decoded sender name");
        assertTrue(page.contains("会議の議事録"), "decoded Japanese subject");
        assertTrue(page.contains("attachment-mark"), "attachment marker shown");
        assertTrue(page.contains("flag-mark"), "flag marker shown");
    }

    @Test
    void thePagerWalksToTheOldestMessage() {
        String last = alice().get("/mail/INBOX?page=3").then().statusCode(200).extract().asString();
        assertTrue(last.contains("Page 3 of 3"));
        assertTrue(last.contains("Numbered message 001"));
        assertTrue(last.contains("rel=\"prev\" href=\"/mail/INBOX?page=2\""));
        assertTrue(!last.contains("rel=\"next\""));
    }

    @Test
    void aNestedFolderWhoseNameIsANumberOpensAsAFolder() {
        alice().get("/mail/Projects/2026").then().statusCode(200)
                .body(containsString("Roadmap 2026"))
                .body(containsString("<h1>2026</h1>"));
    }

    @Test
    void openingAMessageShowsItsHeadersAndAttachmentAndMarksItRead() {
        Browser alice = alice();
        long uid = uidOf(alice, "Relatório de vendas");
        String page = alice.get("/mail/INBOX/" + uid).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<bdi>João Conceição</bdi> &lt;joao@example.pt&gt;"), "From with name (isolated for bidi) and address, escaped");
        assertTrue(page.contains("Relatório de vendas — março"), "decoded subject");
        assertTrue(page.contains("Olá Alice, segue o relatório."), "plain-text body");
        assertTrue(page.contains("relatório final.pdf"), "RFC 2231 attachment name decoded");

        Matcher part = Pattern.compile("href=\"(/mail/INBOX/" + uid + "/parts/[0-9.]+)\" download").matcher(page);
        assertTrue(part.find(), "attachment link");
        Response download = alice.get(part.group(1));
        download.then().statusCode(200)
                .header("Content-Disposition", allOf(containsString("attachment;"), containsString("filename*=UTF-8''relat%C3%B3rio%20final.pdf")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Type", containsString("application/pdf"));
        byte[] body = download.asByteArray();
        assertArrayEquals("%PDF".getBytes(), java.util.Arrays.copyOf(body, 4));
    }

    @Test
    void openingAnUnreadMessageMarksItRead() {
        Browser alice = alice();
        String before = alice.get("/mail/INBOX").asString();
        long uid = uidOf(alice, "Numbered message 119");
        assertTrue(rowOf(before, uid).contains("unseen"), "unread before opening");
        alice.get("/mail/INBOX/" + uid).then().statusCode(200);
        assertTrue(!rowOf(alice.get("/mail/INBOX").asString(), uid).contains("unseen"), "read after opening");
    }

    @Test
    void htmlMailIsShownSanitisedInASandboxedFrameWithRemoteImagesBlocked() {
        Browser alice = alice();
        long uid = uidOf(alice, "会議の議事録");
        String page = alice.get("/mail/INBOX/" + uid).then().statusCode(200).extract().asString();
        assertTrue(page.contains("sandbox=\"allow-popups allow-popups-to-escape-sandbox\""), "sandbox without scripts or same-origin");
        assertTrue(page.contains("1 remote image was blocked"), "blocked count");
        assertTrue(page.contains("Show remote content"));
        assertTrue(page.contains("Reply-To"), "Reply-To shown when it differs from From");

        Response frame = alice.get("/mail/INBOX/" + uid + "/body");
        frame.then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("script-src 'none'"), containsString("default-src 'none'"),
                        not(containsString("https:")), not(containsString("img-src data: 'self'"))))
                .body(containsString("<b>Alice</b>"))
                .body(containsString("data:image/png;base64,"))
                .body(not(containsString("<script")))
                .body(not(containsString("onclick")))
                .body(not(containsString("tracker.example.net")));

        // Shown on request, through the webmail's own image proxy: the frame may load images from us only.
        alice.get("/mail/INBOX/" + uid + "/body?remote=1").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("img-src data: 'self'"), not(containsString("https:"))))
                .body(containsString("/remote-content/image?url"))
                .body(containsString("https%3A%2F%2Ftracker.example.net%2Fpixel.gif"))
                .body(not(containsString("https://tracker.example.net")));
    }

    @Test
    void theRawSourceIsShownAsTextAndDownloadable() {
        Browser alice = alice();
        long uid = uidOf(alice, "Relatório de vendas");
        alice.get("/mail/INBOX/" + uid + "/source").then().statusCode(200)
                .header("Content-Type", containsString("text/plain"))
                .body(containsString("Message-ID: <att1@example.pt>"));
        alice.get("/mail/INBOX/" + uid + "/source?download=1").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment;"));
    }

    @Test
    void aDamagedMessageStillOpensShowingWhatCanBeRead() {
        Browser alice = alice();
        long uid = uidOf(alice, "Damaged message");
        alice.get("/mail/INBOX/" + uid).then().statusCode(200)
                .body(containsString("The words survive"));
    }

    @Test
    void unknownFoldersAndMessagesArePlainNotFoundPages() {
        Browser alice = alice();
        alice.get("/mail/NoSuchFolder").then().statusCode(404).body(containsString("No such folder")).body(not(containsString("Exception")));
        alice.get("/mail/INBOX/999999").then().statusCode(404).body(containsString("Message not found"));
    }

    @Test
    void signingOutEndsTheSessionAndNeedsTheCsrfToken() {
        Browser alice = alice();
        alice.request().contentType("application/x-www-form-urlencoded").formParam("x", "1").post("/logout")
                .then().statusCode(403).body(containsString("This form has expired"));
        alice.get("/mail/INBOX").then().statusCode(200);
        alice.post("/logout", java.util.Map.of()).then().statusCode(303).header("Location", containsString("/login?signedOut=1"));
        alice.get("/mail/INBOX").then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        alice().get("/mail/INBOX").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("frame-ancestors 'none'"), containsString("script-src 'self'"),
                        not(containsString("unsafe-inline"))))
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("X-Content-Type-Options", "nosniff");
    }

    static long uidOf(Browser browser, String subject) {
        for (int page = 1; page <= 3; page++) {
            String html = browser.get("/mail/INBOX?page=" + page).asString();
            Matcher m = Pattern.compile("href=\"/mail/INBOX/(\\d+)(?:\\?page=\\d+)?\">" + Pattern.quote(subject)).matcher(html);
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        throw new AssertionError("no message with subject " + subject);
    }

    private static String rowOf(String html, long uid) {
        int link = html.indexOf("href=\"/mail/INBOX/" + uid + "\"");
        int rowStart = html.lastIndexOf("<tr", link);
        return html.substring(rowStart, link);
    }
}
