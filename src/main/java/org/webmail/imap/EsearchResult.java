package org.webmail.imap;

import java.util.Arrays;

/**
 * Reads the ALL of an ESEARCH response (RFC 4731 section 3.1): {@code (TAG "A4") UID ALL 1:3,7,9:10}. ALL is a
 * sequence set of ranges and single numbers; without a match the server leaves ALL out.
 */
final class EsearchResult {

    private EsearchResult() {
    }

    /** The UIDs (ascending) of the response after its ESEARCH keyword. */
    static long[] all(String rest) {
        String text = rest == null ? "" : rest.strip();
        if (text.startsWith("(")) { // the search correlator: (TAG "A4")
            int close = text.indexOf(')');
            text = close < 0 ? "" : text.substring(close + 1).strip();
        }
        String[] words = text.split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equalsIgnoreCase("ALL")) {
                return sequenceSet(words[i + 1]);
            }
        }
        return new long[0];
    }

    private static long[] sequenceSet(String set) {
        long[] numbers = new long[16];
        int count = 0;
        for (String part : set.split(",")) {
            int colon = part.indexOf(':');
            long first = Long.parseLong(colon < 0 ? part : part.substring(0, colon));
            long last = colon < 0 ? first : Long.parseLong(part.substring(colon + 1));
            for (long n = Math.min(first, last); n <= Math.max(first, last); n++) {
                if (count == numbers.length) {
                    numbers = Arrays.copyOf(numbers, count * 2);
                }
                numbers[count++] = n;
            }
        }
        long[] result = Arrays.copyOf(numbers, count);
        Arrays.sort(result);
        return result;
    }
}
