package org.webmail.imap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The ALL of an ESEARCH answer (RFC 4731 section 3.1) as Dovecot sends it. */
class EsearchResultTest {

    @Test
    void ranges_and_single_numbers_are_all_read_in_ascending_order() {
        assertArrayEquals(new long[]{1, 2, 3, 7, 9, 10}, EsearchResult.all("(TAG \"A4\") UID ALL 1:3,7,10:9"));
    }

    @Test
    void no_ALL_means_nothing_matched() {
        assertArrayEquals(new long[0], EsearchResult.all("(TAG \"A4\") UID"));
        assertArrayEquals(new long[0], EsearchResult.all(""));
    }

    @Test
    void other_result_options_around_ALL_are_skipped() {
        assertArrayEquals(new long[]{4294967295L}, EsearchResult.all("(TAG \"A9\") UID COUNT 1 ALL 4294967295"));
    }
}
