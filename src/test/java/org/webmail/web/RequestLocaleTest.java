package org.webmail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class RequestLocaleTest {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    @Test
    void aBrazilianBrowserGetsBrazilianPortuguese() {
        assertEquals(PT_BR, RequestLocale.bestOf("pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7"));
    }

    @Test
    void portugueseFromPortugalStillReadsBrazilianPortugueseRatherThanEnglish() {
        assertEquals(PT_BR, RequestLocale.bestOf("pt-PT,fr;q=0.5"));
    }

    @Test
    void theBrowsersOrderWins() {
        assertEquals(Locale.ENGLISH, RequestLocale.bestOf("en-GB,pt-BR;q=0.5"));
    }

    @Test
    void anUnknownMissingOrMalformedHeaderFallsBackToEnglish() {
        assertEquals(Locale.ENGLISH, RequestLocale.bestOf("de-DE,fr;q=0.8"));
        assertEquals(Locale.ENGLISH, RequestLocale.bestOf(null));
        assertEquals(Locale.ENGLISH, RequestLocale.bestOf(";;q=x,,"));
    }

    @Test
    void aChosenTagIsMatchedTheSameWay() {
        assertEquals(PT_BR, RequestLocale.bestOf("pt-BR"));
        assertEquals(Locale.ENGLISH, RequestLocale.bestOf("en"));
    }
}
