package org.webmail.message.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** cid: URLs (RFC 2392) point at parts of the same message; the caller says what URL each part gets. */
class InlineImageTest {

    private static final String LOGO = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    @Test
    void aCidSourceBecomesTheUrlTheResolverGivesForThatPart() {
        List<String> asked = new ArrayList<>();
        Function<String, String> parts = id -> {
            asked.add(id);
            return id.equals("logo.123@example.org") ? LOGO : null;
        };
        RenderedMail mail = RenderedMail.of("<img src=\"cid:logo.123@example.org\" alt=\"Logo\">", RemoteContent.BLOCK, parts);
        assertEquals(List.of("logo.123@example.org"), asked);
        assertEquals(LOGO, mail.dom().selectFirst("img").attr("src"));
        assertEquals(0, mail.sanitized().blockedRemoteResources());
    }

    @Test
    void aPercentEncodedCidIsDecodedBeforeTheLookupAndPlusStaysAPlus() {
        Map<String, String> parts = Map.of("part1+x y@example.org", LOGO);
        RenderedMail mail = RenderedMail.of("<img src=\"CID:part1+x%20y%40example.org\">", RemoteContent.BLOCK, parts::get);
        assertEquals(LOGO, mail.dom().selectFirst("img").attr("src"));
    }

    @Test
    void anUnknownCidLosesItsSourceButKeepsItsAltText() {
        RenderedMail mail = RenderedMail.of("<img src=\"cid:missing@example.org\" alt=\"Chart\">", RemoteContent.BLOCK,
                RenderedMail.NO_INLINE_PARTS);
        assertEquals("<img alt=\"Chart\" />", mail.html());
    }

    @Test
    void aSameOriginPartUrlFromTheResolverIsKept() {
        RenderedMail mail = RenderedMail.of("<img src=\"cid:a@b\">", RemoteContent.BLOCK,
                id -> "/mail/INBOX/42/parts/2?inline=true");
        assertEquals("/mail/INBOX/42/parts/2?inline=true", mail.dom().selectFirst("img").attr("src"));
    }

    @Test
    void aResolverAnswerThatIsNotAnImageOrAPathOnOurOriginIsRefused() {
        for (String answer : new String[] {"javascript:alert(1)", "https://elsewhere.example/x.png", "//elsewhere.example/x",
            "/\\elsewhere.example/x", "data:text/html;base64,PHNjcmlwdD4=", "data:image/svg+xml;base64,PHN2Zz4="}) {
            RenderedMail mail = RenderedMail.of("<img src=\"cid:a@b\" alt=\"x\">", RemoteContent.ALLOW, id -> answer);
            assertEquals("<img alt=\"x\" />", mail.html(), answer);
        }
    }

    @Test
    void embeddedRasterImagesStayEvenWhenTheirBase64IsWrappedOverLines() {
        String wrapped = "<img src=\"data:image/jpeg;base64,/9j/4AAQ\r\n  SkZJRgABAQ==\">";
        RenderedMail mail = RenderedMail.of(wrapped, RemoteContent.BLOCK, RenderedMail.NO_INLINE_PARTS);
        assertEquals("data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==", mail.dom().selectFirst("img").attr("src"));
    }

    @Test
    void embeddedSvgAndNonImageDataAreDropped() {
        String html = "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"a\"><img src=\"data:text/html,hi\" alt=\"b\">";
        RenderedMail mail = RenderedMail.of(html, RemoteContent.ALLOW, RenderedMail.NO_INLINE_PARTS);
        assertEquals(0, mail.count("img[src]"), mail.html());
        assertFalse(mail.html().contains("data:"), mail.html());
    }
}
