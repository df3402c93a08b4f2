package org.webmail.message.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.webmail.message.spoofing.LinkSignals;

/**
 * Links whose text shows one host while they go to another, or whose host is a look-alike, are sent to the page
 * that shows where they lead; ordinary links stay direct. The check runs inside the sanitiser, on the text the
 * reader sees, however the sender spread it over markup.
 */
class SuspiciousLinksTest {

    /** What the service's check does, without its signature: the detour names the target and the host shown. */
    private static final LinkCheck DETOUR = (href, text) -> LinkSignals.check(href, text)
            .map(w -> "/leaving?to=" + URLEncoder.encode(w.target(), StandardCharsets.UTF_8) + "&shown="
                    + (w.shown() == null ? "" : w.shown().unicode()))
            .orElse(null);

    private static Document sanitized(String html) {
        SanitizedHtml safe = new MailHtmlSanitizer().sanitize(html, RemoteContent.BLOCK, contentId -> null, Function.identity(), DETOUR);
        return Jsoup.parseBodyFragment(safe.html());
    }

    private static Element onlyLink(String html) {
        List<Element> links = sanitized(html).select("a");
        assertEquals(1, links.size(), html);
        return links.getFirst();
    }

    @Test
    void textShowingOneHostWhileTheLinkGoesToAnotherGoesThroughTheCheck() {
        Element link = onlyLink("<p>Log in at <a href=\"https://evil.example/login\">https://www.paypal.example/login</a> today</p>");
        assertEquals("/leaving?to=https%3A%2F%2Fevil.example%2Flogin&shown=www.paypal.example", link.attr("href"));
        assertEquals("https://www.paypal.example/login", link.text(), "the reader still sees what the sender wrote");
        assertEquals("noopener noreferrer", link.attr("rel"));
        assertEquals("_blank", link.attr("target"));
    }

    @Test
    void theTextIsReadAcrossNestedMarkup() {
        Element link = onlyLink("<a href=\"https://evil.example/\"><span style=\"color:blue\"><b>www.bank</b>.example</span></a>");
        assertTrue(link.attr("href").startsWith("/leaving?to=https%3A%2F%2Fevil.example%2F&shown=www.bank.example"), link.outerHtml());
        assertEquals("<span style=\"color:blue\"><b>www.bank</b>.example</span>", link.html(), "the markup inside stays as it was");
    }

    @Test
    void theSameHostWithWwwOrAnotherCaseStaysDirect() {
        assertEquals("https://www.bank.example/account",
                onlyLink("<a href=\"https://www.bank.example/account\">Bank.Example</a>").attr("href"));
        assertEquals("https://bank.example/", onlyLink("<a href=\"https://bank.example/\">www.bank.example</a>").attr("href"));
        assertEquals("https://news.example/story?id=4", onlyLink("<a href=\"https://news.example/story?id=4\">Read the story</a>").attr("href"));
    }

    @Test
    void mailtoLinksStayAsTheyAre() {
        assertEquals("mailto:ana@evil.example", onlyLink("<a href=\"mailto:ana@evil.example\">ana@bank.example</a>").attr("href"));
    }

    @Test
    void punycodeAndMixedScriptTargetsGoThroughTheCheckWhateverTheText() {
        assertTrue(onlyLink("<a href=\"https://xn--pple-43d.example/id\">Your Apple ID</a>").attr("href")
                .startsWith("/leaving?to=https%3A%2F%2Fxn--pple-43d.example%2Fid&shown="));
        String unicode = onlyLink("<a href=\"https://\u0430pple.example/id\">Your Apple ID</a>").attr("href");
        assertTrue(unicode.startsWith("/leaving?to="), unicode);
    }

    @Test
    void userinfoTricksGoThroughTheCheck() {
        assertTrue(onlyLink("<a href=\"http://bank.example@evil.example/\">Your bank</a>").attr("href").startsWith("/leaving?"));
    }

    @Test
    void linksAfterALinkThatWasNeverClosedAreEachCheckedOnTheirOwn() {
        Document dom = sanitized("<p><a href=\"https://evil.example/\">bank.example<p>and <a href=\"https://ok.example/\">ok.example</a>");
        List<Element> links = dom.select("a");
        assertEquals("https://ok.example/", links.getLast().attr("href"), dom.html());
        assertTrue(links.getFirst().attr("href").startsWith("/leaving?"), dom.html());
    }

    @Test
    void everyLinkInTheOutputOpensOutsideWithoutOpenerOrReferrer() {
        Document dom = sanitized("<a href=\"https://evil.example/\">bank.example</a> <a href=\"https://ok.example/\">ok</a>"
                + " <a href=\"mailto:a@ok.example\" target=\"_self\" rel=\"opener\">a</a> <a href=\"http://a.example@b.example/\">x</a>");
        assertEquals(4, dom.select("a").size(), dom.html());
        for (Element link : dom.select("a")) {
            assertEquals("_blank", link.attr("target"), link.outerHtml());
            assertEquals("noopener noreferrer", link.attr("rel"), link.outerHtml());
        }
    }

    @Test
    void plainTextLinksToLookAlikeHostsOrWithUserinfoGoThroughTheCheckAndOthersStayDirect() {
        List<TextToken> tokens = PlainTextBody.tokens(
                "Sign in at https://xn--pple-43d.example/id or http://bank.example@evil.example/ or https://bank.example/ "
                        + "or mailto:help@bank.example", false, false, DETOUR);
        List<String> hrefs = tokens.stream().filter(TextToken::isLink).map(TextToken::href).toList();
        assertEquals(4, hrefs.size(), tokens.toString());
        assertTrue(hrefs.get(0).startsWith("/leaving?to=https%3A%2F%2Fxn--pple-43d.example%2Fid"), hrefs.get(0));
        assertTrue(hrefs.get(1).startsWith("/leaving?to=http%3A%2F%2Fbank.example%40evil.example%2F"), hrefs.get(1));
        assertEquals("https://bank.example/", hrefs.get(2));
        assertEquals("mailto:help@bank.example", hrefs.get(3));
        assertEquals("https://xn--pple-43d.example/id", tokens.get(1).text(), "the reader sees the text as written");
    }
}
