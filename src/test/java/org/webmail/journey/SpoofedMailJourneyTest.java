package org.webmail.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Phishing mail as it arrives: a display name that shows another address, a look-alike (Cyrillic) domain, a link
 * whose text shows one site while it goes to another. The reader sees the real address in the list, a warning on
 * the message in her language, and doubtful links go through a signed page that shows where they lead.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class SpoofedMailJourneyTest {

    private static final String READER = "spoof-reader@example.test";
    private static final String PASSWORD = "spoof-reader-pass";
    private static final String ENGLISH = "en-GB,en;q=0.9";
    private static final String PORTUGUESE = "pt-BR,pt;q=0.9,en;q=0.5";
    private static final String PAYPAL_SUBJECT = "Your account is limited";
    private static final String APPLE_SUBJECT = "Your Apple ID was locked";
    private static boolean seeded;

    @BeforeEach
    void seedOnce() throws Exception {
        synchronized (SpoofedMailJourneyTest.class) {
            if (seeded) {
                return;
            }
            var greenMail = GreenMailTestResource.greenMail();
            greenMail.setUser(READER, READER, PASSWORD);
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", greenMail.getImap().getPort(), READER, PASSWORD);
            try (store) {
                store.getFolder("INBOX").appendMessages(new Message[] {
                    message("\"support@paypal.example\" <x@attacker.example>", PAYPAL_SUBJECT, "text/html",
                            "<p>Confirm at <a href=\"https://evil.example/login\">https://www.paypal.example/login</a>."
                                    + " Our news: <a href=\"https://www.news.example/story\">news.example</a></p>"),
                    // "Аpple" with a Cyrillic А, from the Cyrillic-а domain in its punycode form.
                    message("=?UTF-8?B?" + Base64.getEncoder().encodeToString("\u0410pple".getBytes(StandardCharsets.UTF_8))
                            + "?= <id@xn--pple-43d.example>", APPLE_SUBJECT, "text/plain",
                            "Unlock it at https://xn--pple-43d.example/id or read https://support.example/help")});
            }
            seeded = true;
        }
    }

    @Test
    void theListShowsTheRealAddressBesideTheNameAndWhatIsWrong() {
        Document list = page(reader(ENGLISH), "/mail/INBOX");
        Element row = rowOf(list, PAYPAL_SUBJECT);
        assertEquals("support@paypal.example", row.selectFirst("td.from .sender-name").text());
        assertEquals("x@attacker.example", row.selectFirst("td.from .sender-address").text());
        assertEquals("The name shows support@paypal.example but this message comes from x@attacker.example.",
                row.selectFirst("td.from .sender-warning[role=note] p").text());
    }

    @Test
    void theMessageWarnsThatTheNameShowsAnotherAddressInEnglishAndInPortuguese() {
        String english = page(reader(ENGLISH), messageHref(PAYPAL_SUBJECT)).selectFirst("main .sender-warning[role=note]").text();
        assertTrue(english.contains("The name shows support@paypal.example but this message comes from x@attacker.example."), english);
        String portuguese = page(reader(PORTUGUESE), messageHref(PAYPAL_SUBJECT)).selectFirst("main .sender-warning[role=note]").text();
        assertTrue(portuguese.contains("Confira o remetente"), portuguese);
        assertTrue(portuguese.contains("O nome mostra support@paypal.example, mas esta mensagem vem de x@attacker.example."), portuguese);
    }

    @Test
    void aLookAlikeDomainIsShownInBothFormsWithItsAlphabetsNamed() {
        Document english = page(reader(ENGLISH), messageHref(APPLE_SUBJECT));
        assertEquals("The domain \u0430pple.example mixes letters from different alphabets (Cyrillic, Latin); it is xn--pple-43d.example.",
                english.selectFirst("main .sender-warning[role=note] p").text());
        Document portuguese = page(reader(PORTUGUESE), messageHref(APPLE_SUBJECT));
        assertEquals("O domínio \u0430pple.example mistura letras de alfabetos diferentes (cirílico, latim); na verdade é xn--pple-43d.example.",
                portuguese.selectFirst("main .sender-warning[role=note] p").text());
    }

    @Test
    void aLinkWhoseTextShowsAnotherSiteGoesThroughTheSignedPageThatShowsWhereItLeads() {
        Browser reader = reader(ENGLISH);
        String frame = messageHref(PAYPAL_SUBJECT) + "/body";
        List<Element> links = page(reader, frame).select("a[href]");
        assertEquals(2, links.size());
        String detour = links.get(0).attr("href");
        assertTrue(detour.startsWith("/leaving?to=https%3A%2F%2Fevil.example%2Flogin&shown=www.paypal.example&expires="), detour);
        assertTrue(detour.contains("&sig="), detour);
        assertEquals("https://www.news.example/story", links.get(1).attr("href"), "a link whose text names its own site stays direct");

        // The frame's opaque origin sends no cookie: the page must work for a browser that is not signed in.
        Response leaving = asIs(new Browser().header("Accept-Language", ENGLISH), detour);
        assertEquals(200, leaving.statusCode(), leaving.asString());
        assertEquals("no-referrer", leaving.header("Referrer-Policy"));
        Document page = Jsoup.parse(leaving.asString());
        assertEquals("https://evil.example/login", page.selectFirst("dd.target").text());
        assertEquals("evil.example", page.selectFirst("dd.host-ascii").text());
        assertEquals("www.paypal.example", page.selectFirst("dd.shown").text());
        assertTrue(page.selectFirst(".link-warning[role=note]").text()
                .contains("The link text shows www.paypal.example, but the link goes to evil.example."), page.html());
        Element onward = page.selectFirst("a.continue");
        assertEquals("https://evil.example/login", onward.attr("href"));
        assertEquals("Continue to evil.example", onward.text());
        assertEquals("noopener noreferrer", onward.attr("rel"));
        assertEquals("_blank", onward.attr("target"));
    }

    @Test
    void aTamperedOrExpiredDetourIsRefusedWithoutAWayOnward() {
        Browser reader = reader(ENGLISH);
        String detour = page(reader, messageHref(PAYPAL_SUBJECT) + "/body").selectFirst("a[href^=/leaving]").attr("href");
        for (String tampered : new String[] {
            detour.replace("evil.example", "other.example"),
            detour.replace("shown=www.paypal.example", "shown=www.news.example"),
            detour.replaceFirst("expires=[0-9]+", "expires=4102444800"),
            detour.replaceFirst("&sig=.*", "&sig=AAAA"),
            detour.replaceFirst("&sig=.*", "")}) {
            Response refused = asIs(new Browser().header("Accept-Language", ENGLISH), tampered);
            assertEquals(403, refused.statusCode(), tampered);
            assertNull(refused.header("Location"), tampered);
            Document page = Jsoup.parse(refused.asString());
            assertEquals("This link cannot be checked", page.selectFirst("h1").text());
            assertTrue(page.select("a.continue").isEmpty());
            assertTrue(page.select("a[href*=example]").isEmpty(), page.html());
        }
    }

    @Test
    void aPlainTextLinkToALookAlikeHostShowsBothFormsFirstAndOtherLinksStayDirect() {
        Browser reader = reader(PORTUGUESE);
        Document message = page(reader, messageHref(APPLE_SUBJECT));
        List<Element> links = message.select(".text-body a");
        assertEquals(2, links.size(), message.select(".text-body").outerHtml());
        assertTrue(links.get(0).attr("href").startsWith("/leaving?to=https%3A%2F%2Fxn--pple-43d.example%2Fid"), links.get(0).outerHtml());
        assertEquals("https://support.example/help", links.get(1).attr("href"));
        for (Element link : links) {
            assertEquals("noopener noreferrer", link.attr("rel"), link.outerHtml());
            assertEquals("_blank", link.attr("target"), link.outerHtml());
        }
        Response detour = asIs(new Browser().header("Accept-Language", PORTUGUESE), links.get(0).attr("href"));
        assertEquals(200, detour.statusCode(), detour.asString());
        Document leaving = Jsoup.parse(detour.asString());
        assertEquals("\u0430pple.example", leaving.selectFirst("dd.host-unicode").text());
        assertEquals("xn--pple-43d.example", leaving.selectFirst("dd.host-ascii").text());
        assertTrue(leaving.selectFirst(".link-warning").text().contains("mistura letras de alfabetos diferentes (cirílico, latim)"),
                leaving.selectFirst(".link-warning").text());
        assertEquals("Continuar para xn--pple-43d.example", leaving.selectFirst("a.continue").text());
    }

    private static Browser reader(String language) {
        return new Browser().header("Accept-Language", language).signedIn(READER, PASSWORD);
    }

    /** Follows an href as the page wrote it: already percent-encoded, so RestAssured must not encode it again. */
    private static Response asIs(Browser browser, String href) {
        return browser.request().urlEncodingEnabled(false).get(href);
    }

    private static Document page(Browser browser, String path) {
        Response response = browser.get(path);
        assertEquals(200, response.statusCode(), path + "\n" + response.asString());
        return Jsoup.parse(response.asString());
    }

    private static Element rowOf(Document list, String subject) {
        return list.select("table.messages tr").stream()
                .filter(row -> row.selectFirst("td.subject a") != null && row.selectFirst("td.subject a").text().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + subject + " in " + list.html()));
    }

    private static String messageHref(String subject) {
        return rowOf(page(reader(ENGLISH), "/mail/INBOX"), subject).selectFirst("td.subject a").attr("href");
    }

    private static Message message(String from, String subject, String type, String body) throws Exception {
        String eml = "From: " + from + "\r\nTo: " + READER + "\r\nSubject: " + subject
                + "\r\nDate: Tue, 1 Dec 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: " + type
                + "; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
    }
}
