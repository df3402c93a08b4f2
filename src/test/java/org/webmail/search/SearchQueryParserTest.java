package org.webmail.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.webmail.imap.MessageFlag;
import org.webmail.imap.SearchCriteria;

class SearchQueryParserTest {

    private static SearchCriteria parse(String typed) {
        return SearchQueryParser.parse(typed).criteria();
    }

    private static String problem(String typed) {
        return assertThrows(SearchQueryException.class, () -> SearchQueryParser.parse(typed)).getMessage();
    }

    @Test
    void plainWordsAreEachLookedForInSenderSubjectAndBody() {
        SearchCriteria criteria = parse("invoice  march");
        assertEquals(List.of("invoice", "march"), criteria.text());
        assertTrue(criteria.from().isEmpty() && criteria.subject().isEmpty());
    }

    @Test
    void aQuotedPhraseIsOneTerm() {
        assertEquals(List.of("two words", "third"), parse("\"two words\" third").text());
    }

    @Test
    void aQuoteInsideAPhraseIsEscapedWithABackslash() {
        assertEquals(List.of("say \"hi\" \\ now"), parse("\"say \\\"hi\\\" \\\\ now\"").text());
    }

    @Test
    void aPhraseWithoutItsClosingQuoteRunsToTheEnd() {
        assertEquals(List.of("unfinished phrase"), parse("\"unfinished phrase").text());
    }

    @Test
    void aQuoteInsideAWordIsJustACharacter() {
        assertEquals(List.of("O\"Brien", "5\""), parse("O\"Brien 5\"").text());
    }

    @Test
    void anEmptyPhraseIsIgnored() {
        assertTrue(parse("\"\"").matchesEverything());
    }

    @Test
    void fromToAndSubjectLookInThatHeaderOnly() {
        SearchCriteria criteria = parse("from:anna to:bob@example.org subject:report");
        assertEquals(List.of("anna"), criteria.from());
        assertEquals(List.of("bob@example.org"), criteria.to());
        assertEquals(List.of("report"), criteria.subject());
        assertTrue(criteria.text().isEmpty());
    }

    @Test
    void anOperatorTakesAQuotedPhrase() {
        SearchCriteria criteria = parse("subject:\"weekly report\" from:\"Anna Smith\"");
        assertEquals(List.of("weekly report"), criteria.subject());
        assertEquals(List.of("Anna Smith"), criteria.from());
    }

    @Test
    void operatorNamesIgnoreCase() {
        assertEquals(List.of("anna"), parse("FROM:anna").from());
        assertEquals(Set.of(MessageFlag.SEEN), parse("IS:UNREAD").withoutFlags());
    }

    @Test
    void severalTermsOfAKindAreAllKept() {
        assertEquals(List.of("anna", "smith"), parse("from:anna from:smith").from());
    }

    @Test
    void unknownOperatorsAreTreatedAsText() {
        assertEquals(List.of("label:work", "https://example.org/x", "10:30"), parse("label:work https://example.org/x 10:30").text());
    }

    @Test
    void hasAttachmentAsksForMailWithFiles() {
        assertTrue(parse("has:attachment").hasAttachment());
        assertTrue(parse("has:attachments").hasAttachment());
        assertEquals("has: knows only has:attachment.", problem("has:pictures"));
    }

    @Test
    void isUnreadReadAndFlaggedAskForStates() {
        assertEquals(Set.of(MessageFlag.SEEN), parse("is:unread").withoutFlags());
        assertEquals(Set.of(MessageFlag.SEEN), parse("is:read").withFlags());
        assertEquals(Set.of(MessageFlag.FLAGGED), parse("is:flagged").withFlags());
        assertTrue(problem("is:starred").contains("is: takes unread, read or flagged"));
    }

    @Test
    void beforeAndAfterTakeIsoDays() {
        SearchCriteria criteria = parse("after:2026-02-01 before:2026-03-01");
        assertEquals(LocalDate.of(2026, 3, 1), criteria.sentBefore());
        assertEquals(LocalDate.of(2026, 2, 1), criteria.sentSince());
    }

    @Test
    void twoDatesOfAKindKeepTheNarrowerOne() {
        SearchCriteria criteria = parse("before:2026-03-01 before:2026-01-01 after:2025-01-01 after:2025-06-01");
        assertEquals(LocalDate.of(2026, 1, 1), criteria.sentBefore());
        assertEquals(LocalDate.of(2025, 6, 1), criteria.sentSince());
    }

    @Test
    void aBadDateIsExplainedPlainly() {
        assertEquals("before: takes a date written year-month-day, for example before:2026-03-01 (not \"1/3/2026\").",
                problem("before:1/3/2026"));
        assertTrue(problem("after:2026-02-30").startsWith("after: takes a date"));
    }

    @Test
    void largerTakesBytesOrKMGInPowersOf1024() {
        assertEquals(500, parse("larger:500").largerThan());
        assertEquals(10 * 1024, parse("larger:10K").largerThan());
        assertEquals(10L * 1024 * 1024, parse("larger:10m").largerThan());
        assertEquals(10L * 1024 * 1024, parse("larger:10MB").largerThan());
        assertEquals(1536L * 1024, parse("larger:1.5M").largerThan());
        assertEquals(1L << 30, parse("larger:1G").largerThan());
    }

    @Test
    void aBadOrHugeSizeIsExplainedPlainly() {
        assertEquals("larger: takes a size such as 500K, 10M or 1G (not \"ten\").", problem("larger:ten"));
        assertTrue(problem("larger:10T").startsWith("larger: takes a size"));
        assertTrue(problem("larger:2G").contains("up to 2047M"));
    }

    @Test
    void anOperatorWithoutAValueIsExplained() {
        assertEquals("from: needs something after it, for example from:anna.", problem("from:"));
        assertEquals("before: needs something after it, for example before:2026-03-01.", problem("before:\"\""));
    }

    @Test
    void crAndLfSeparateTermsAndNeverBecomePartOfOne() {
        SearchCriteria criteria = parse("{5}\r\nA1 LOGOUT");
        assertEquals(List.of("{5}", "A1", "LOGOUT"), criteria.text());
        assertEquals(List.of("a b"), parse("subject:\"a\r\nb\"").subject());
        assertEquals(List.of("tab", "nul"), parse("tab\tnul\u0000").text());
    }

    @Test
    void imapSyntaxIsJustTextToTheParser() {
        assertEquals(List.of("{5}", "\"x\" OR ALL"), parse("{5} \"\\\"x\\\" OR ALL\"").text());
    }

    @Test
    void nonAsciiTextIsKept() {
        assertEquals(List.of("relatório", "日本語"), parse("relatório 日本語").text());
    }

    @Test
    void anEmptyBoxAsksForNothing() {
        assertTrue(SearchQueryParser.parse("   ").isBlank());
        assertTrue(SearchQueryParser.parse(null).isBlank());
        assertFalse(SearchQueryParser.parse("x").isBlank());
        assertNull(parse("").sentBefore());
    }

    @Test
    void theTypedTextIsKeptForTheSearchBox() {
        assertEquals("from:anna \"two words\"", SearchQueryParser.parse("  from:anna \"two words\" ").typed());
    }

    @Test
    void aVeryLongSearchOrOneWithTooManyTermsIsRefused() {
        assertTrue(problem("x".repeat(501)).startsWith("That search is too long"));
        assertTrue(problem("a ".repeat(21)).startsWith("That search has too many terms"));
    }
}
