package org.webmail.imap.mime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Content-transfer-encoding decoders (RFC 2045 sections 6.7 and 6.8) that keep every byte they can
 * instead of failing: mail is often truncated, re-wrapped or padded in the middle by broken gateways.
 * Both stop once {@code limit} decoded bytes are collected.
 */
final class LenientDecoding {

    private LenientDecoding() {
    }

    /**
     * Base64, skipping characters outside the alphabet (RFC 2045 6.8 says to ignore them) and treating
     * "=" as the end of one quantum rather than of the stream, so concatenated blocks all decode.
     */
    static void base64(InputStream in, ByteArrayOutputStream out, long limit) throws IOException {
        int quantum = 0;
        int count = 0;
        int b;
        while (out.size() < limit && (b = in.read()) >= 0) {
            int value = base64Value(b);
            if (value >= 0) {
                quantum = (quantum << 6) | value;
                if (++count == 4) {
                    writeQuantum(out, quantum, 3);
                    quantum = 0;
                    count = 0;
                }
            } else if (b == '=') {
                flushPartial(out, quantum, count);
                quantum = 0;
                count = 0;
            }
        }
        flushPartial(out, quantum, count);
    }

    /** Decodes base64 text (as in an RFC 2047 "B" encoded word). */
    static byte[] base64(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        try {
            base64(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                    out, Long.MAX_VALUE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("an in-memory stream does not fail", e);
        }
        return out.toByteArray();
    }

    /**
     * Quoted-printable: "=XX" is a byte, "=" before a line break is a soft break, any other "=" is kept
     * as is (RFC 2045 6.7 note 1 recommends this for robustness).
     */
    static void quotedPrintable(InputStream in, ByteArrayOutputStream out, long limit) throws IOException {
        java.io.PushbackInputStream pin = new java.io.PushbackInputStream(in, 2);
        int b;
        while (out.size() < limit && (b = pin.read()) >= 0) {
            if (b != '=') {
                out.write(b);
                continue;
            }
            int first = pin.read();
            if (first == '\n') {
                continue;
            }
            int second = first < 0 ? -1 : pin.read();
            if (first == '\r' && second == '\n') {
                continue;
            }
            int hi = Character.digit(first, 16);
            int lo = Character.digit(second, 16);
            if (hi >= 0 && lo >= 0) {
                out.write(hi << 4 | lo);
            } else {
                out.write('=');
                unread(pin, first, second);
            }
        }
    }

    private static void unread(java.io.PushbackInputStream in, int first, int second) throws IOException {
        if (second >= 0) {
            in.unread(second);
        }
        if (first >= 0) {
            in.unread(first);
        }
    }

    private static void flushPartial(ByteArrayOutputStream out, int quantum, int count) {
        // 2 characters carry one byte, 3 carry two; a lone character carries no whole byte.
        if (count == 2) {
            writeQuantum(out, quantum << 12, 1);
        } else if (count == 3) {
            writeQuantum(out, quantum << 6, 2);
        }
    }

    private static void writeQuantum(ByteArrayOutputStream out, int quantum, int bytes) {
        out.write(quantum >> 16 & 0xFF);
        if (bytes > 1) {
            out.write(quantum >> 8 & 0xFF);
        }
        if (bytes > 2) {
            out.write(quantum & 0xFF);
        }
    }

    private static int base64Value(int c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }
}
