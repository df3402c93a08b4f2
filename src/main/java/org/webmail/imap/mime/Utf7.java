package org.webmail.imap.mime;

/**
 * Decoder for UTF-7 (RFC 2152), which the JDK lacks but old Outlook versions still label mail with.
 * Outside a shift, bytes are ASCII; "+" starts modified base64 of UTF-16 code units, ended by any
 * non-base64 byte ("-" is swallowed); "+-" is a literal plus. Broken input yields what decodes.
 */
final class Utf7 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Utf7() {
    }

    static String decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            char c = (char) (bytes[i] & 0xFF);
            if (c != '+') {
                out.append(c);
                i++;
            } else if (i + 1 < bytes.length && bytes[i + 1] == '-') {
                out.append('+');
                i += 2;
            } else {
                i = decodeShift(bytes, i + 1, out);
            }
        }
        return out.toString();
    }

    /** Decodes base64 from {@code start} to the end of the shift; returns the index after it. */
    private static int decodeShift(byte[] bytes, int start, StringBuilder out) {
        int bits = 0;
        int bitCount = 0;
        int i = start;
        while (i < bytes.length) {
            int value = ALPHABET.indexOf(bytes[i] & 0xFF);
            if (value < 0) {
                break;
            }
            bits = ((bits << 6) | value) & 0x3FFFFF; // 16 + 6 bits are all we ever need
            bitCount += 6;
            if (bitCount >= 16) {
                bitCount -= 16;
                out.append((char) ((bits >> bitCount) & 0xFFFF));
            }
            i++;
        }
        if (i < bytes.length && bytes[i] == '-') {
            i++;
        }
        return i;
    }
}
