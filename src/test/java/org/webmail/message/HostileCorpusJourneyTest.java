package org.webmail.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;
import org.webmail.support.HostileCorpus;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every message of the hostile corpus (src/test/resources/mail/hostile) delivered to a reader of its own and read
 * through the webmail as a browser would fetch it: the read page, the sandboxed body frame and its policy, every
 * attachment, and the list. A failure names the corpus file. The same corpus runs in Chromium in
 * frontend/browser-check/journey-hostile-corpus.mjs, where a payload that worked would hit the beacon.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class HostileCorpusJourneyTest {

    private static final String USER = "corpus-reader@example.test";
    private static final String PASSWORD = "corpus-pass";
    /** What may never be in a body frame: anything that runs, loads, navigates, submits or escapes the frame's text. */
    private static final String ACTIVE = "script, style, base, meta, link, iframe, frame, frameset, object, embed, applet,"
            + " param, form, input, button, select, textarea, svg, math, use, animate, set, image, video, audio, source,"
            + " track, picture, portal, fencedframe, template, noscript, dialog";
    private static final Pattern BAD_SCHEME = Pattern.compile("^(?:javascript|vbscript|data:(?!image/(?:png|gif|jpe?g|webp)[;,]))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BEACON = Pattern.compile("127\\.0\\.0\\.1:18071|//127\\.0\\.0\\.1");
    private static final Pattern RISKY_TYPE = Pattern.compile("html|xml|svg|javascript|ecmascript", Pattern.CASE_INSENSITIVE);

    private static Map<String, Long> uids;
    private static Browser reader;
    /** Each read page fetched once (the frame and attachment tests start from what it links to). */
    private static final Map<String, Response> READ_PAGES = new java.util.concurrent.ConcurrentHashMap<>();

    static List<String> corpus() {
        return HostileCorpus.files();
    }

    private static synchronized Browser reader() {
        if (uids == null) {
            uids = HostileCorpus.deliver(GreenMailTestResource.greenMail(), USER, PASSWORD);
            reader = new Browser().signedIn(USER, PASSWORD);
            // The message page on its own: with the reading pane every open would also list the folder beside it.
            reader.post("/settings", Map.of("readingPane", "off", "pageSize", "100")).then().statusCode(303);
        }
        return reader;
    }

    private static Response readPage(String file) {
        return READ_PAGES.computeIfAbsent(file, f -> reader().get(messagePath(f)));
    }

    private static String messagePath(String file) {
        reader();
        Long uid = uids.get(file);
        assertNotNull(uid, file + " was not delivered");
        return "/mail/INBOX/" + uid;
    }

    @Test
    void theCorpusHoldsAtLeast160MessagesNumberedInOrder() {
        List<String> files = corpus();
        assertTrue(files.size() >= 160, "corpus size " + files.size());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(String.format("%03d", i + 1), HostileCorpus.number(files.get(i)), files.get(i));
            assertTrue(files.get(i).matches("\\d{3}-[a-z]+-[a-z0-9-]+\\.eml"), files.get(i));
        }
    }

    @ParameterizedTest(name = "{0}: the read page answers and nothing in it runs")
    @MethodSource("corpus")
    void theReadPageAnswersWithTheSubjectAndNothingActive(String file) {
        Response response = readPage(file);
        String html = response.asString();
        assertEquals(200, response.statusCode(), file + "\n" + html);
        assertFalse(html.contains("Exception") || html.contains("\tat org."), file + ": a stack trace on the page");
        Document page = Jsoup.parse(html);
        String subject = page.select("article.message h1.subject").text();
        assertTrue(subject.startsWith(HostileCorpus.number(file)), file + ": subject shown as \"" + subject + "\"");
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), file + ": " + element.outerHtml());
                assertFalse(BAD_SCHEME.matcher(squeezed(attribute.getValue())).find(), file + ": " + element.outerHtml());
            }
        }
        for (Element script : page.select("script")) {
            assertTrue(script.attr("src").startsWith("/") && script.data().isBlank(), file + ": " + script.outerHtml());
        }
        for (Element frame : page.select("iframe, frame, object, embed")) {
            assertTrue(frame.is("iframe.html-body"), file + ": " + frame.outerHtml());
            List<String> sandbox = List.of(frame.attr("sandbox").split("\\s+"));
            assertTrue(frame.hasAttr("sandbox") && !sandbox.contains("allow-scripts") && !sandbox.contains("allow-same-origin")
                    && !sandbox.contains("allow-forms") && !sandbox.contains("allow-top-navigation"), file + ": " + frame.outerHtml());
        }
    }

    @ParameterizedTest(name = "{0}: the body frame is sanitised and under a policy that runs and loads nothing")
    @MethodSource("corpus")
    void theBodyFrameHoldsNothingThatRunsOrLoads(String file) {
        Element frame = Jsoup.parse(readPage(file).asString()).selectFirst("iframe.html-body");
        if (frame == null) {
            return; // a text/plain or damaged message: the read page test covers it
        }
        Response response = reader().get(frame.attr("src"));
        assertEquals(200, response.statusCode(), file);
        String policy = response.header("Content-Security-Policy");
        for (String directive : List.of("default-src 'none'", "script-src 'none'", "base-uri 'none'", "form-action 'none'")) {
            assertTrue(policy.contains(directive), file + ": " + policy);
        }
        String imgSrc = policy.replaceAll("(?s).*img-src([^;]*).*", "$1");
        assertFalse(imgSrc.contains("http") || imgSrc.contains("*"), file + ": remote images allowed by default: " + policy);
        Element body = Jsoup.parse(response.asString()).body();
        assertEquals(List.of(), body.select(ACTIVE).stream().map(Element::outerHtml).toList(), file);
        for (Element element : body.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = squeezed(attribute.getValue());
                String where = file + ": " + element.outerHtml();
                assertFalse(name.startsWith("on") || name.contains(":") || name.equals("srcset") || name.equals("background")
                        || name.equals("formaction") || name.equals("action") || name.equals("srcdoc") || name.equals("ping"), where);
                assertFalse(BAD_SCHEME.matcher(value).find(), where);
                assertFalse(name.equals("style") && (value.contains("url(") || value.contains("expression") || value.contains("image-set")
                        || value.contains("var(") || value.contains("\\") || value.contains("position:fixed")), where);
                assertFalse(!(element.is("a") && name.equals("href")) && BEACON.matcher(value).find(), where + " (remote content loaded by default)");
            }
        }
    }

    @ParameterizedTest(name = "{0}: every attachment downloads, never renders")
    @MethodSource("corpus")
    void everyAttachmentDownloadsAndNeverRenders(String file) {
        Document page = Jsoup.parse(readPage(file).asString());
        List<String> parts = new ArrayList<>();
        page.select("a[href*=/parts/]").forEach(a -> parts.add(a.attr("href")));
        Element frame = page.selectFirst("iframe.html-body");
        if (frame != null) { // cid: images the frame shows come from the same part URLs
            Jsoup.parse(reader().get(frame.attr("src")).asString()).select("[src*=/parts/]").forEach(e -> parts.add(e.attr("src")));
        }
        for (String part : parts) {
            Response response = reader().get(part);
            String where = file + " " + part;
            assertEquals(200, response.statusCode(), where);
            String disposition = response.header("Content-Disposition");
            assertTrue(disposition != null && disposition.startsWith("attachment"), where + ": " + disposition);
            assertFalse(disposition.contains("\r") || disposition.contains("\n"), where + ": " + disposition);
            assertTrue(response.header("Content-Security-Policy").contains("sandbox"), where);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), where);
            assertFalse(RISKY_TYPE.matcher(response.header("Content-Type")).find(), where + ": " + response.header("Content-Type"));
        }
    }

    @Test
    void theListShowsEveryMessageWithEncodedMarkupAsText() {
        StringBuilder lists = new StringBuilder();
        List<String> subjects = new ArrayList<>();
        reader();
        for (int page = 1; page <= 20 && subjects.size() < uids.size(); page++) {
            Response response = reader().get("/mail/INBOX?page=" + page);
            assertEquals(200, response.statusCode());
            lists.append(response.asString());
            Jsoup.parse(response.asString()).select("#message-list tbody tr[data-uid] td.subject a").forEach(a -> subjects.add(a.text()));
        }
        for (String file : corpus()) {
            assertTrue(subjects.stream().anyMatch(s -> s.startsWith(HostileCorpus.number(file))), file + " is not in the list");
        }
        String html = lists.toString();
        Document dom = Jsoup.parse(html);
        assertEquals(List.of(), dom.select("#message-list img, #message-list svg, #message-list script, #message-list b,"
                + " #message-list i:not([class]), #message-list iframe").stream().map(Element::outerHtml).toList());
        for (String raw : List.of("<script>alert", "<img src=x", "<b onmouseover", "<svg onload", "<i>\"quoted")) {
            assertFalse(html.contains(raw), "raw markup in the list: " + raw);
        }
        // The encoded subjects and senders, shown as the text they are (Qute escapes < > & " ').
        for (String escaped : List.of("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;",
                "&lt;b onmouseover=alert(1)&gt;Urgent&lt;/b&gt; &amp; &lt;i&gt;&quot;quoted&quot;&lt;/i&gt;",
                "&lt;img src=x onerror=alert(1)&gt;Support", "&lt;script&gt;alert(1)&lt;/script&gt;",
                "{inject:user.login} {#include layout /} &amp;lt;b&amp;gt; &amp;amp;")) {
            assertTrue(html.contains(escaped), "the list shows " + escaped + " as text");
        }
    }

    @Test
    void theConversationViewAndASearchOfAllFoldersShowTheWholeCorpus() {
        reader();
        reader().post("/conversation/view", Map.of("folder", "INBOX", "view", "conversations")).then().statusCode(303);
        try {
            Response conversations = reader().get("/mail/INBOX");
            assertEquals(200, conversations.statusCode(), "one unparsable envelope must not take the conversation list down");
            Response conversation = reader().get("/conversation/INBOX/" + uids.get("204-spoof-cyrillic-domain.eml"));
            assertEquals(200, conversation.statusCode(), "the conversation of a message whose envelope does not parse");
        } finally {
            reader().post("/conversation/view", Map.of("folder", "INBOX", "view", "messages")).then().statusCode(303);
        }
        Response everywhere = reader().request().queryParam("q", "subject:spoof").queryParam("folder", "INBOX").get("/search?scope=all");
        assertEquals(200, everywhere.statusCode(), "a search of all folders answers");
        List<String> found = Jsoup.parse(everywhere.asString()).select("td.subject a").eachText();
        assertTrue(found.stream().anyMatch(t -> t.startsWith("204")) && found.stream().anyMatch(t -> t.startsWith("210")), found.toString());
    }

    /** An attribute value as a URL parser sees its start: without the whitespace and controls browsers strip. */
    private static String squeezed(String value) {
        return value.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
    }
}
