package org.webmail.message.spoofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.Character.UnicodeScript;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.webmail.message.spoofing.SenderSignal.Kind;

/** Senders that pretend, as phishing mail writes them, and ordinary senders that must stay quiet. */
class SenderSignalsTest {

    @Test
    void aNameThatShowsAnotherAddressIsCalledOut() {
        List<SenderSignal> signals = SenderSignals.of("support@paypal.example", "x@attacker.example");
        assertEquals(List.of(new SenderSignal(Kind.NAME_SHOWS_OTHER_ADDRESS, "support@paypal.example", "x@attacker.example", List.of())),
                signals);
    }

    @Test
    void aFullwidthAtSignInTheNameStillReadsAsAnAddress() {
        List<SenderSignal> signals = SenderSignals.of("PayPal (support＠paypal.example)", "x@attacker.example");
        assertEquals(Kind.NAME_SHOWS_OTHER_ADDRESS, signals.getFirst().kind());
        assertEquals("support@paypal.example", signals.getFirst().shown());
    }

    @Test
    void aNameThatRepeatsTheRealAddressIsFineWhateverItsCase() {
        assertEquals(List.of(), SenderSignals.of("Anna.Silva@Example.org", "anna.silva@example.org"));
        assertEquals(List.of(), SenderSignals.of("Anna Silva", "anna.silva@example.org"));
        assertEquals(List.of(), SenderSignals.of(null, "anna.silva@example.org"));
        assertEquals(List.of(), SenderSignals.of("Example.org newsletter", "news@example.org"));
    }

    @Test
    void aCyrillicLetterInALatinDomainIsAMixedScriptDomainShownWithItsAsciiForm() {
        // "Аpple <a@аpple.example>": the first letter of the name and of the domain is Cyrillic U+0410 / U+0430.
        List<SenderSignal> signals = SenderSignals.of("\u0410pple", "a@\u0430pple.example");
        assertEquals(List.of(new SenderSignal(Kind.MIXED_SCRIPTS, "\u0430pple.example", "xn--pple-43d.example",
                List.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN))), signals);
    }

    @Test
    void aPunycodeDomainIsShownInBothFormsAndStillCountsAsMixedScripts() {
        List<SenderSignal> signals = SenderSignals.of("Apple", "a@xn--pple-43d.example");
        assertEquals(1, signals.size());
        assertEquals(Kind.MIXED_SCRIPTS, signals.getFirst().kind());
        assertEquals("\u0430pple.example", signals.getFirst().shown());
        assertEquals("xn--pple-43d.example", signals.getFirst().actual());
    }

    @Test
    void anInternationalDomainInOneScriptIsNotedWithoutCallingItMixed() {
        List<SenderSignal> signals = SenderSignals.of("Stadtwerke", "info@xn--mnchen-3ya.example");
        assertEquals(List.of(new SenderSignal(Kind.INTERNATIONAL_DOMAIN, "münchen.example", "xn--mnchen-3ya.example", List.of())),
                signals);
    }

    @Test
    void japaneseDomainsMixingKanjiKanaAndLatinAreHowJapaneseIsWritten() {
        assertTrue(Domain.of("東京ショップabc.example").mixedScripts().isEmpty());
        assertEquals(List.of(UnicodeScript.LATIN, UnicodeScript.GREEK), Domain.of("paypal\u03bf.example").mixedScripts());
    }

    @Test
    void aDomainWrittenInTheNameIsCheckedToo() {
        List<SenderSignal> signals = SenderSignals.of("Billing at \u0430pple.example", "billing@shop.example");
        assertEquals(Kind.MIXED_SCRIPTS, signals.getFirst().kind());
        assertEquals("xn--pple-43d.example", signals.getFirst().actual());
    }

    @Test
    void bidiOverridesAndZeroWidthCharactersAreFlaggedAndLeftOutOfTheName() {
        // U+202E RIGHT-TO-LEFT OVERRIDE makes "elpmaxe.lapyap" read "paypal.example" on screen.
        List<SenderSignal> signals = SenderSignals.of("Pay\u200bPal \u202Eelpmaxe.lapyap\u202C", "x@attacker.example");
        assertEquals(Kind.HIDDEN_CHARACTERS, signals.getFirst().kind());
        assertEquals("PayPal elpmaxe.lapyap", signals.getFirst().shown());
        assertEquals("PayPal elpmaxe.lapyap", SenderSignals.visibleName("Pay\u200bPal \u202Eelpmaxe.lapyap\u202C"));
        assertEquals("Ana \u05d3\u05d5\u05d3", SenderSignals.visibleName("Ana \u05d3\u05d5\u05d3"), "right-to-left letters themselves stay");
    }
}
