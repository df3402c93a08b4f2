package org.webmail.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.webmail.web.Formats;

/** How the folder pane words the quota's amounts. */
class QuotaUsageTest {

    private static final long GB = 1024L * 1024 * 1024;
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    @Test
    void amountsReadInBinaryUnitsWithAtMostOneDecimal() {
        assertEquals("12.3 MB", Formats.binarySize(Math.round(12.3 * 1024 * 1024), Locale.ENGLISH));
        assertEquals("1 GB", Formats.binarySize(GB, Locale.ENGLISH));
        assertEquals("0 B", Formats.binarySize(0, Locale.ENGLISH));
        assertEquals("500 MB", Formats.binarySize(500L * 1024 * 1024, Locale.ENGLISH));
        assertEquals("1.5 GB", Formats.binarySize(GB + GB / 2, Locale.ENGLISH));
        assertEquals("900 KB", Formats.binarySize(900 * 1024, Locale.ENGLISH));
        assertEquals("10 TB", Formats.binarySize(10 * 1024 * GB, Locale.ENGLISH));
    }

    @Test
    void portugueseWritesADecimalComma() {
        assertEquals("12,3 MB", Formats.binarySize(Math.round(12.3 * 1024 * 1024), PT_BR));
        assertEquals("1 GB", Formats.binarySize(GB, PT_BR));
        assertEquals("1,5 GB", Formats.binarySize(GB + GB / 2, PT_BR));
    }

    @Test
    void theMeterWarnsFromNinetyPercent() {
        assertEquals(9 * GB / 10, new QuotaUsage(0, GB).high(), GB / 100);
    }
}
