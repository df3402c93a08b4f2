package org.webmail.message.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An ordinary newsletter must look like itself after sanitising: the allow-list is for real mail, not bare text. */
class SafeFormattingTest {

    private final RenderedMail mail = RenderedMail.fixture("/render/formatted-newsletter.html", RemoteContent.BLOCK);

    @Test
    void headingsListsQuotesCodeAndInlineEmphasisAllSurvive() {
        for (String element : new String[] {"center", "h1 > em", "h2", "ul > li", "ol > li", "dl > dt", "dl > dd",
            "blockquote > i", "pre > code", "sub", "sup", "small", "big", "s", "hr", "strong", "u"}) {
            assertTrue(mail.count(element) > 0, element + " went missing from " + mail.html());
        }
        Element ordered = mail.dom().selectFirst("ol");
        assertEquals("3", ordered.attr("start"));
        assertEquals("a", ordered.attr("type"));
    }

    @Test
    void fontColourFaceAndSizeSurvive() {
        Element font = mail.dom().selectFirst("font");
        assertEquals("#336699", font.attr("color"));
        assertEquals("Georgia, serif", font.attr("face"));
        assertEquals("4", font.attr("size"));
        assertEquals("Welcome back", font.text());
    }

    @Test
    void tableLayoutAttributesSurvive() {
        Element table = mail.dom().selectFirst("table");
        assertEquals("600", table.attr("width"));
        assertEquals("#f4f4f4", table.attr("bgcolor"));
        assertEquals("8", table.attr("cellpadding"));
        assertEquals("center", table.attr("align"));
        Element firstCell = mail.dom().selectFirst("td");
        assertEquals("2", firstCell.attr("colspan"));
        assertEquals("middle", firstCell.attr("valign"));
        assertEquals("2", mail.dom().select("td[rowspan]").attr("rowspan"));
        assertEquals("50%", mail.dom().select("td[rowspan]").attr("width"));
    }

    @Test
    void inlineStylesKeepTheirColoursSizesMarginsAndAlignment() {
        String style = mail.dom().selectFirst("td > p").attr("style");
        for (String declaration : new String[] {"color:#222222", "font-size:14px", "margin:0 0 8px 0", "text-align:left"}) {
            assertTrue(style.contains(declaration), declaration + " missing from " + style);
        }
    }

    @Test
    void webAndMailLinksStayClickableAndOpenOutsideTheWebmail() {
        Element tickets = mail.dom().selectFirst("a[href=https://garden.example/tickets]");
        assertEquals("Buy tickets", tickets.text());
        assertEquals("_blank", tickets.attr("target"));
        assertEquals("noopener noreferrer", tickets.attr("rel"));
        assertEquals("info@garden.example", mail.dom().selectFirst("a[href=mailto:info@garden.example]").text());
    }

    @Test
    void theDocumentShellIsDroppedSoTheTitleDoesNotShowAsText() {
        assertTrue(mail.visibleText().startsWith("Spring News Welcome back"), mail.visibleText());
        assertEquals(0, mail.count("html body, head, title"), mail.html());
    }
}
