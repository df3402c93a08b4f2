package org.webmail.message.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RemoteContentTest {

    private static final String MAIL = """
            <p>Hi</p>
            <img src="https://images.example/a.png" alt="first">
            <img src="http://images.example/b.png" alt="second">
            <img src="//images.example/c.png" alt="third">
            <img src="https://images.example/a.png" alt="first again">
            """;

    @Test
    void blockingRemovesEveryRemoteSourceCountsEachImageAndKeepsTheAltTexts() {
        RenderedMail mail = RenderedMail.of(MAIL, RemoteContent.BLOCK, RenderedMail.NO_INLINE_PARTS);
        assertEquals(4, mail.sanitized().blockedRemoteResources());
        assertEquals(0, mail.count("img[src]"), mail.html());
        assertEquals(List.of("first", "second", "third", "first again"), mail.dom().select("img").eachAttr("alt"));
    }

    @Test
    void allowingKeepsRemoteSourcesAndCountsNothing() {
        RenderedMail mail = RenderedMail.of(MAIL, RemoteContent.ALLOW, RenderedMail.NO_INLINE_PARTS);
        assertEquals(0, mail.sanitized().blockedRemoteResources());
        assertFalse(mail.sanitized().hasBlockedRemoteResources());
        assertEquals(List.of("https://images.example/a.png", "http://images.example/b.png",
                "https://images.example/c.png", "https://images.example/a.png"), mail.dom().select("img").eachAttr("src"));
    }

    @Test
    void allowedRemoteImagesAreHandedToTheRewriterAndShowItsSameOriginAnswer() {
        List<String> asked = new java.util.ArrayList<>();
        RenderedMail mail = RenderedMail.of(MAIL + "<img srcset=\"https://images.example/d.png 2x\" alt=\"fourth\">",
                RemoteContent.ALLOW, RenderedMail.NO_INLINE_PARTS, url -> {
                    asked.add(url);
                    return "/remote-content/image?url=" + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8)
                            + "&sig=s";
                });
        assertEquals(List.of("https://images.example/a.png", "http://images.example/b.png",
                "https://images.example/c.png", "https://images.example/a.png"), asked, "protocol-relative as https");
        assertEquals("/remote-content/image?url=https%3A%2F%2Fimages.example%2Fa.png&sig=s",
                mail.dom().selectFirst("img").attr("src"));
        assertEquals(0, mail.count("[srcset]"), "srcset never passes: it would fetch past the rewriter");
        assertFalse(mail.html().contains("https://images.example"), mail.html());
    }

    @Test
    void aRewriterAnswerThatIsNeitherTheUrlNorASameOriginPathIsDropped() {
        for (String answer : new String[] {"https://elsewhere.example/x.png", "//elsewhere.example/x.png",
            "/\\elsewhere.example/x.png", "javascript:alert(1)", null}) {
            RenderedMail mail = RenderedMail.of("<img src=\"https://images.example/a.png\" alt=\"a\">", RemoteContent.ALLOW,
                    RenderedMail.NO_INLINE_PARTS, url -> answer);
            assertEquals(0, mail.count("img[src]"), String.valueOf(answer));
        }
    }

    @Test
    void blockedRemoteImagesNeverReachTheRewriter() {
        RenderedMail mail = RenderedMail.of(MAIL, RemoteContent.BLOCK, RenderedMail.NO_INLINE_PARTS, url -> {
            throw new AssertionError("asked for " + url);
        });
        assertEquals(4, mail.sanitized().blockedRemoteResources());
    }

    @Test
    void allowingRemoteImagesStillDropsCssUrlsAndBackgroundAttributes() {
        String html = "<table background=\"https://images.example/bg.png\"><tr>"
                + "<td style=\"background:url(https://images.example/cell.png);color:green\">x</td></tr></table>";
        RenderedMail mail = RenderedMail.of(html, RemoteContent.ALLOW, RenderedMail.NO_INLINE_PARTS);
        assertEquals(0, mail.count("[background]"), mail.html());
        Element cell = mail.dom().selectFirst("td");
        assertEquals("color:green", cell.attr("style"));
    }

    @Test
    void aMessageWithoutRemoteImagesReportsNothingBlocked() {
        RenderedMail mail = RenderedMail.of("<p>plain <b>words</b></p>", RemoteContent.BLOCK, RenderedMail.NO_INLINE_PARTS);
        assertEquals(0, mail.sanitized().blockedRemoteResources());
        assertEquals("<p>plain <b>words</b></p>", mail.html());
    }

    @Test
    void anEmptyOrMissingBodySanitisesToNothing() {
        MailHtmlSanitizer sanitizer = new MailHtmlSanitizer();
        assertEquals(new SanitizedHtml("", 0), sanitizer.sanitize(null, RemoteContent.BLOCK, RenderedMail.NO_INLINE_PARTS));
        assertEquals(new SanitizedHtml("", 0), sanitizer.sanitize("  \r\n", RemoteContent.ALLOW, RenderedMail.NO_INLINE_PARTS));
    }
}
