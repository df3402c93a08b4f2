package org.webmail.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the folder pane words the quota. */
class QuotaUsageTest {

    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void usageReadsAsAmountsInBinaryUnitsWithAtMostOneDecimal() {
        assertEquals("12.3 MB of 1 GB used", new QuotaUsage(Math.round(12.3 * 1024 * 1024), GB).text());
        assertEquals("0 B of 500 MB used", new QuotaUsage(0, 500L * 1024 * 1024).text());
        assertEquals("1.5 GB of 2 GB used", new QuotaUsage(GB + GB / 2, 2 * GB).text());
        assertEquals("900 KB of 10 TB used", new QuotaUsage(900 * 1024, 10 * 1024 * GB).text());
    }

    @Test
    void theMeterWarnsFromNinetyPercent() {
        assertEquals(9 * GB / 10, new QuotaUsage(0, GB).high(), GB / 100);
    }
}
