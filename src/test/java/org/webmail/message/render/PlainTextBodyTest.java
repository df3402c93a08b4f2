package org.webmail.message.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlainTextBodyTest {

    private static List<TextToken> tokens(String text) {
        return PlainTextBody.tokens(text, false);
    }

    @Test
    void textWithoutAddressesIsOneTextToken() {
        assertEquals(List.of(TextToken.text("Lunch at noon?\nBring <b>snacks</b> & drinks.")),
                tokens("Lunch at noon?\r\nBring <b>snacks</b> & drinks."));
    }

    @Test
    void webAddressesBecomeLinksBetweenTheSurroundingText() {
        assertEquals(List.of(TextToken.text("Slides: "),
                TextToken.link("https://example.org/talk?id=7#s2", "https://example.org/talk?id=7#s2"),
                TextToken.text(" and "), TextToken.link("http://old.example/", "http://old.example/")),
                tokens("Slides: https://example.org/talk?id=7#s2 and http://old.example/"));
    }

    @Test
    void punctuationThatEndsTheSentenceIsNotPartOfTheLink() {
        assertEquals(List.of(TextToken.text("(see "), TextToken.link("https://example.org/a", "https://example.org/a"),
                TextToken.text("). Or "), TextToken.link("https://example.org/b", "https://example.org/b"),
                TextToken.text("!")), tokens("(see https://example.org/a). Or https://example.org/b!"));
    }

    @Test
    void aClosingBracketThatBelongsToTheAddressStaysInTheLink() {
        String wiki = "https://en.wikipedia.org/wiki/Mail_(protocol)";
        assertEquals(List.of(TextToken.text("Read "), TextToken.link(wiki, wiki), TextToken.text(".")),
                tokens("Read " + wiki + "."));
    }

    @Test
    void anAddressInAngleBracketsOrQuotesEndsAtTheBracketOrQuote() {
        assertEquals(List.of(TextToken.text("<"), TextToken.link("https://example.org/x", "https://example.org/x"),
                TextToken.text(">, \""), TextToken.link("https://example.org/y", "https://example.org/y"),
                TextToken.text("\"")), tokens("<https://example.org/x>, \"https://example.org/y\""));
    }

    @Test
    void wwwAddressesLinkOverHttpsAndShowAsWritten() {
        assertEquals(List.of(TextToken.text("Visit "), TextToken.link("www.example.org/shop", "https://www.example.org/shop"),
                TextToken.text(", please.")), tokens("Visit www.example.org/shop, please."));
    }

    @Test
    void mailtoAddressesBecomeLinks() {
        assertEquals(List.of(TextToken.text("Write to "), TextToken.link("mailto:help@example.org", "mailto:help@example.org"),
                TextToken.text(".")), tokens("Write to mailto:help@example.org."));
    }

    @Test
    void schemesWithNothingAfterThemAndWordsThatMerelyContainWwwStayText() {
        assertEquals(List.of(TextToken.text("https:// alone, mailto: alone, awww.example.org, x@www.example.org")),
                tokens("https:// alone, mailto: alone, awww.example.org, x@www.example.org"));
    }

    @Test
    void scriptSchemesAreNeverLinked() {
        assertEquals(List.of(TextToken.text("javascript:alert(1) data:text/html,hi vbscript:x")),
                tokens("javascript:alert(1) data:text/html,hi vbscript:x"));
    }

    @Test
    void markupInTheTextIsKeptAsCharactersForTheTemplateToEscape() {
        List<TextToken> result = tokens("https://example.org/?q=<script>");
        assertEquals(List.of(TextToken.link("https://example.org/?q=", "https://example.org/?q="),
                TextToken.text("<script>")), result);
    }

    @Test
    void aFlowedBodyIsUnwrappedBeforeLinking() {
        assertEquals(List.of(TextToken.text("The agenda is at "),
                TextToken.link("https://example.org/agenda", "https://example.org/agenda"), TextToken.text(" today.")),
                PlainTextBody.tokens("The agenda is at \r\nhttps://example.org/agenda \r\ntoday.", true));
    }

    @Test
    void aMissingOrEmptyBodyHasNoTokens() {
        assertEquals(List.of(), PlainTextBody.tokens(null, true));
        assertEquals(List.of(), PlainTextBody.tokens("", false));
    }

    @Test
    void aVeryLongRunOfClosingBracketsIsHandledQuickly() {
        String text = "https://example.org/" + ")".repeat(200_000);
        List<TextToken> result = tokens(text);
        assertEquals("https://example.org/", result.get(0).href());
        assertEquals(200_000, result.get(1).text().length());
    }
}
