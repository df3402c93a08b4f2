package org.webmail.message.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Per hostile fixture: what is taken out, and what the reader still sees. Remote content is blocked throughout. */
class HostileHtmlFixturesTest {

    private static RenderedMail shown(String fixture) {
        return RenderedMail.fixture("/hostile/" + fixture, RemoteContent.BLOCK);
    }

    @Test
    void scriptsAreRemovedWithTheirCodeWhileTheLetterAroundThemStays() {
        RenderedMail mail = shown("script-tags.html");
        assertEquals("Quarterly report attached. Regards, Ann", mail.visibleText());
        assertEquals("report", mail.dom().selectFirst("p > b").text());
        assertFalse(mail.html().contains("document.cookie"), mail.html());
    }

    @Test
    void anImageWithAnErrorHandlerKeepsItsAltTextButLosesTheHandlerAndTheBogusSource() {
        RenderedMail mail = shown("img-onerror.html");
        List<Element> images = mail.dom().select("img");
        assertEquals(2, images.size(), mail.html());
        assertEquals("holiday photo", images.get(0).attr("alt"));
        assertFalse(images.get(0).hasAttr("src"));
        assertEquals("data:image/png;base64,iVBORw0KGgo=", images.get(1).attr("src"));
        assertEquals("logo", images.get(1).attr("alt"));
        assertEquals("Photo below", mail.visibleText());
    }

    @Test
    void scriptLinksLoseTheirTargetButKeepTheirWords() {
        RenderedMail mail = shown("javascript-href.html");
        assertEquals(0, mail.count("a"), mail.html());
        assertEquals("Click to unsubscribe, mixed case, leading spaces, vbscript.", mail.visibleText());
    }

    @Test
    void scriptSchemesHiddenBehindEntitiesAndControlCharactersAreRecognisedAndOnlyTheRealLinkRemains() {
        RenderedMail mail = shown("entity-obfuscated-javascript.html");
        List<Element> links = mail.dom().select("a");
        assertEquals(1, links.size(), mail.html());
        assertEquals("https://bank.example/login", links.get(0).attr("href"));
        assertEquals("Your bank", links.get(0).text());
        assertEquals("tab inside newline inside all entities padded entity named colon Your bank", mail.visibleText());
    }

    @Test
    void svgAnimationsThatRewriteLinksAreRemovedAndTheParagraphStays() {
        RenderedMail mail = shown("svg-animate.html");
        assertEquals(0, mail.count("svg, animate, set, rect, a"), mail.html());
        assertEquals("Ordinary paragraph", mail.dom().selectFirst("p").text());
        assertFalse(mail.html().contains("attributeName"), mail.html());
    }

    @Test
    void svgUseOfEmbeddedOrRemoteDocumentsIsRemovedAndTheItalicTextStays() {
        RenderedMail mail = shown("svg-use-data.html");
        assertEquals(0, mail.count("svg, use"), mail.html());
        assertFalse(mail.html().contains("data:image/svg+xml"), mail.html());
        assertEquals("noon", mail.dom().selectFirst("p > i").text());
        assertEquals("Meeting at noon", mail.visibleText());
    }

    @Test
    void svgFilterImagesAndForeignObjectsAreRemovedAndTheTextOutsideStays() {
        RenderedMail mail = shown("svg-feimage-foreignobject.html");
        assertEquals(0, mail.count("svg, filter, feimage, foreignobject, iframe, img"), mail.html());
        assertEquals("Outside the drawing", mail.visibleText());
    }

    @Test
    void styleSheetsAndTheirImportsAreDroppedButInlineColoursStay() {
        RenderedMail mail = shown("style-import.html");
        assertFalse(mail.html().contains("@import"), mail.html());
        assertFalse(mail.html().contains("spoofed"), mail.html());
        assertEquals("color:#336699", mail.dom().selectFirst("p").attr("style"));
        assertEquals("Newsletter", mail.visibleText());
    }

    @Test
    void urlsExpressionsBindingsAndFixedPositionsLeaveInlineStylesWhileHarmlessDeclarationsStay() {
        RenderedMail mail = shown("style-url-background.html");
        String divStyle = mail.dom().selectFirst("div").attr("style");
        assertTrue(divStyle.contains("color:red") && divStyle.contains("font-weight:bold"), divStyle);
        String pStyle = mail.dom().selectFirst("p").attr("style");
        assertTrue(pStyle.contains("text-align:center"), pStyle);
        assertFalse(pStyle.contains("position") || pStyle.contains("expression") || pStyle.contains("binding"), pStyle);
        assertFalse(mail.html().contains("url("), mail.html());
        assertEquals("Sale Offer Escaped", mail.visibleText());
    }

    @Test
    void aTrackingPixelAndARemoteLogoAreNotFetchedWhileTheLogoKeepsItsAltText() {
        RenderedMail mail = shown("remote-tracking-pixel.html");
        assertEquals(2, mail.sanitized().blockedRemoteResources());
        assertEquals(0, mail.count("img[src]"), mail.html());
        Element logo = mail.dom().selectFirst("img[alt=Company logo]");
        assertEquals("120", logo.attr("width"));
        assertEquals("Hello Ann, See you soon.", mail.visibleText());
    }

    @Test
    void formsAndTheirControlsAreRemovedSoNothingCanBeSubmittedButTheQuestionStays() {
        RenderedMail mail = shown("form-inputs.html");
        assertEquals(0, mail.count("form, input, button, select, option, textarea"), mail.html());
        assertEquals("Confirm your password:", mail.dom().selectFirst("p").text());
    }

    @Test
    void aMetaRefreshCannotRedirectTheReaderAndTheInvoiceTextStays() {
        RenderedMail mail = shown("meta-refresh.html");
        assertEquals(0, mail.count("meta, title"), mail.html());
        assertFalse(mail.html().contains("refresh"), mail.html());
        assertEquals("Invoice #1234 is due.", mail.visibleText());
    }

    @Test
    void aBaseElementCannotReRootLinksAndRelativeLinksAreDroppedWhileAbsoluteOnesStay() {
        RenderedMail mail = shown("base-href.html");
        assertEquals(0, mail.count("base"), mail.html());
        List<Element> links = mail.dom().select("a");
        assertEquals(1, links.size(), mail.html());
        assertEquals("https://good.example/guide", links.get(0).attr("href"));
        assertEquals("Read the docs or the guide.", mail.visibleText());
    }

    @Test
    void framesAndTheirInlineDocumentsAreRemovedAndTheFollowingTextStays() {
        RenderedMail mail = shown("iframe-srcdoc.html");
        assertEquals(0, mail.count("iframe, frame, frameset"), mail.html());
        assertFalse(mail.html().contains("alert"), mail.html());
        assertEquals("After the frame", mail.visibleText());
    }

    @Test
    void pluginsAreRemovedAndThePluginFreeTextStays() {
        RenderedMail mail = shown("object-embed.html");
        assertEquals(0, mail.count("object, embed, applet, param"), mail.html());
        assertEquals("Plugin-free text", mail.visibleText());
    }

    @Test
    void mutationTricksWithMathSvgAndNoscriptLeaveNoImageHandlerAfterTheBrowserReparses() {
        RenderedMail mail = shown("math-mxss.html");
        assertEquals(0, mail.count("math, svg, style, noscript, img, a"), mail.html());
        assertEquals(0, mail.count("[onerror]"), mail.html());
        assertTrue(mail.visibleText().endsWith("Text after the maths"), mail.visibleText());
    }

    @Test
    void unclosedTagsAreClosedSoTheTextAndFormattingSurviveWithoutSwallowingThePage() {
        RenderedMail mail = shown("unclosed-tags.html");
        assertEquals("First bold both Second paragraph cell one cell two item one item two", mail.visibleText());
        assertEquals("both", mail.dom().selectFirst("b > i").text().strip());
        assertEquals(2, mail.count("td"), mail.html());
        assertEquals(2, mail.count("li"), mail.html());
        assertTrue(mail.html().endsWith("</div>"), mail.html());
    }

    @Test
    void conditionalCommentsAreRemovedWithWhatTheyHideAndTheSharedContentStays() {
        RenderedMail mail = shown("conditional-comments.html");
        assertFalse(mail.html().contains("<!--") || mail.html().contains("mso") || mail.html().contains("v:"), mail.html());
        assertEquals(0, mail.count("img"), mail.html());
        assertTrue(mail.visibleText().contains("Everyone sees this"), mail.visibleText());
        assertTrue(mail.visibleText().endsWith("End of message"), mail.visibleText());
    }

    @Test
    void dataLinksThatWouldOpenADocumentAreDroppedAndTheirWordsStay() {
        RenderedMail mail = shown("data-href.html");
        assertEquals(0, mail.count("a"), mail.html());
        assertFalse(mail.html().contains("data:"), mail.html());
        assertEquals("Open document and second document.", mail.visibleText());
    }

    @Test
    void sourceSetsCannotSmuggleRemoteImagesPastTheBlockAndTheEmbeddedChartStays() {
        RenderedMail mail = shown("img-srcset.html");
        assertEquals(0, mail.count("[srcset], picture, source"), mail.html());
        Element chart = mail.dom().selectFirst("img[alt=Chart]");
        assertEquals("data:image/gif;base64,R0lGODlhAQABAAAAACw=", chart.attr("src"));
        assertEquals(1, mail.count("img[alt=Picture]"), mail.html());
        assertEquals("Figures", mail.visibleText());
    }

    @Test
    void linkedStyleSheetsAndImportsAreRemovedAndTheBodyTextStays() {
        RenderedMail mail = shown("link-stylesheet.html");
        assertEquals(0, mail.count("link"), mail.html());
        assertEquals("Body text", mail.visibleText());
    }

    @Test
    void backgroundImagesOnTablesAndCellsAreRemovedWhileTheTableLayoutStays() {
        RenderedMail mail = shown("table-background.html");
        Element table = mail.dom().selectFirst("table");
        assertEquals("#ffeecc", table.attr("bgcolor"));
        assertEquals("600", table.attr("width"));
        assertEquals("4", table.attr("cellpadding"));
        assertEquals("0", table.attr("cellspacing"));
        assertEquals("1", table.attr("border"));
        assertEquals("center", table.attr("align"));
        Element cell = mail.dom().selectFirst("td");
        assertEquals("top", cell.attr("valign"));
        assertEquals("2", cell.attr("colspan"));
        assertEquals(0, mail.count("[background]"), mail.html());
        assertEquals("Total: 42 EUR", mail.visibleText());
    }

    @Test
    void eventHandlersAreStrippedFromEveryElementWhileTheElementsAndTheLinkStay() {
        RenderedMail mail = shown("event-handlers.html");
        assertEquals("Hover here", mail.dom().selectFirst("p").text());
        assertEquals("Focus here", mail.dom().selectFirst("div").text());
        Element link = mail.dom().selectFirst("a");
        assertEquals("https://ok.example/", link.attr("href"));
        assertEquals(List.of("href", "target", "rel"), link.attributes().asList().stream().map(a -> a.getKey()).toList());
        assertFalse(mail.html().contains("alert") || mail.html().contains("steal"), mail.html());
    }
}
