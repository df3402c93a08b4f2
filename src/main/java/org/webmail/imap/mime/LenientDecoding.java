package org.webmail.imap.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Content-transfer-encoding decoders (RFC 2045 sections 6.7 and 6.8) that keep every byte they can
 * instead of failing: mail is often truncated, re-wrapped or padded in the middle by broken gateways.
 * Each is fed raw bytes in chunks of any size and told when the input ends.
 */
abstract sealed class LenientDecoding permits LenientDecoding.Base64, LenientDecoding.QuotedPrintable {

    abstract void feed(byte[] raw, int length, ByteArrayOutputStream out);

    abstract void end(ByteArrayOutputStream out);

    /** A decoder for a Content-Transfer-Encoding we undo ourselves, or null for any other. */
    static LenientDecoding forEncoding(String encoding) {
        if ("base64".equals(encoding)) {
            return new Base64();
        }
        return "quoted-printable".equals(encoding) ? new QuotedPrintable() : null;
    }

    /** Decodes base64 text (as in an RFC 2047 "B" encoded word). */
    static byte[] base64(String text) {
        byte[] raw = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        Base64 decoder = new Base64();
        decoder.feed(raw, raw.length, out);
        decoder.end(out);
        return out.toByteArray();
    }

    /**
     * Base64 that skips characters outside the alphabet (RFC 2045 6.8 says to ignore them) and treats
     * "=" as the end of one quantum rather than of the stream, so concatenated blocks all decode.
     * A cut-off last quantum still yields its whole bytes.
     */
    static final class Base64 extends LenientDecoding {
        private int quantum;
        private int count;

        @Override
        void feed(byte[] raw, int length, ByteArrayOutputStream out) {
            for (int i = 0; i < length; i++) {
                int value = value(raw[i] & 0xFF);
                if (value >= 0) {
                    quantum = (quantum << 6) | value;
                    if (++count == 4) {
                        write(out, quantum, 3);
                        quantum = 0;
                        count = 0;
                    }
                } else if (raw[i] == '=') {
                    end(out);
                }
            }
        }

        @Override
        void end(ByteArrayOutputStream out) {
            // 2 characters carry one byte, 3 carry two; a lone character carries no whole byte.
            if (count == 2) {
                write(out, quantum << 12, 1);
            } else if (count == 3) {
                write(out, quantum << 6, 2);
            }
            quantum = 0;
            count = 0;
        }

        private static void write(ByteArrayOutputStream out, int quantum, int bytes) {
            out.write(quantum >> 16 & 0xFF);
            if (bytes > 1) {
                out.write(quantum >> 8 & 0xFF);
            }
            if (bytes > 2) {
                out.write(quantum & 0xFF);
            }
        }

        private static int value(int c) {
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

    /**
     * Quoted-printable: "=XX" is a byte, "=" before a line break is a soft break, and any other "=" is
     * kept as it is (RFC 2045 6.7 note 1 recommends this for robustness).
     */
    static final class QuotedPrintable extends LenientDecoding {
        /** Bytes after an "=" not yet known to be an escape or a soft break: "=", "=\r" or "=X". */
        private final byte[] pending = new byte[2];
        private int pendingLength;

        @Override
        void feed(byte[] raw, int length, ByteArrayOutputStream out) {
            for (int i = 0; i < length; i++) {
                accept(raw[i], out);
            }
        }

        private void accept(byte b, ByteArrayOutputStream out) {
            if (pendingLength == 0) {
                if (b == '=') {
                    pending[pendingLength++] = b;
                } else {
                    out.write(b);
                }
                return;
            }
            byte previous = pending[pendingLength - 1];
            boolean softBreak = b == '\n' && (previous == '=' || previous == '\r');
            if (softBreak) {
                pendingLength = 0;
            } else if (pendingLength == 1 && (b == '\r' || Character.digit(b, 16) >= 0)) {
                pending[pendingLength++] = b;
            } else if (pendingLength == 2 && previous != '\r' && Character.digit(b, 16) >= 0) {
                out.write(Character.digit(previous, 16) << 4 | Character.digit(b, 16));
                pendingLength = 0;
            } else {
                end(out);
                accept(b, out);
            }
        }

        @Override
        void end(ByteArrayOutputStream out) {
            out.write(pending, 0, pendingLength);
            pendingLength = 0;
        }
    }
}
