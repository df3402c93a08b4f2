package org.webmail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Dates and sizes as each language writes them, in the reader's time zone. */
class FormatsTest {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Test
    void olderDatesAreDayMonthYearInEnglishAndDigitsInBrazil() {
        Instant march = Instant.parse("2024-03-05T12:00:00Z");
        assertEquals("5 Mar 2024", Formats.listDate(march, SAO_PAULO, Locale.ENGLISH));
        assertEquals("05/03/2024", Formats.listDate(march, SAO_PAULO, PT_BR));
    }

    @Test
    void datesOfThisYearShowDayAndMonth() {
        ZoneId zone = ZoneId.of("UTC");
        LocalDate today = LocalDate.now(zone);
        LocalDate day = today.getDayOfYear() > 1 ? today.withDayOfYear(1) : today.plusDays(1);
        if (day.getYear() != today.getYear()) {
            return; // the 1st of January has no earlier day this year; today's time format is covered below
        }
        Instant newYear = day.atTime(9, 0).atZone(zone).toInstant();
        assertEquals("1 Jan", Formats.listDate(newYear, zone, Locale.ENGLISH));
        assertEquals("1 de jan.", Formats.listDate(newYear, zone, PT_BR));
    }

    @Test
    void todayShowsTheTimeInTheReadersZone() {
        Instant now = Instant.now();
        String expected = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(now.atZone(SAO_PAULO));
        assertEquals(expected, Formats.listDate(now, SAO_PAULO, PT_BR));
    }

    @Test
    void theFullDateNamesDayAndMonthInTheLanguageAndTheZone() {
        Instant march = Instant.parse("2024-03-05T12:00:00Z");
        // the zone's short name comes from the JDK's locale data (BRT, GMT-03:00): only the rest is ours
        String english = Formats.fullDate(march, SAO_PAULO, Locale.ENGLISH);
        String portuguese = Formats.fullDate(march, SAO_PAULO, PT_BR);
        assertTrue(english.startsWith("Tue, 5 Mar 2024 09:00 "), english);
        assertTrue(portuguese.startsWith("ter., 5 de mar. de 2024, 09:00 "), portuguese);
    }

    @Test
    void sizesUseTheLanguagesDecimalSeparator() {
        assertEquals("980 B", Formats.humanSize(980, PT_BR));
        assertEquals("12 KB", Formats.humanSize(12 * 1024, Locale.ENGLISH));
        assertEquals("1.5 MB", Formats.humanSize(1_600_000, Locale.ENGLISH));
        assertEquals("1,5 MB", Formats.humanSize(1_600_000, PT_BR));
    }

    @Test
    void aTemplateLocaleAttributeIsReadAsALocaleOrATag() {
        assertEquals(PT_BR, Formats.localeOf(PT_BR));
        assertEquals(PT_BR, Formats.localeOf("pt_BR"));
        assertEquals(Locale.ENGLISH, Formats.localeOf(null));
    }
}
