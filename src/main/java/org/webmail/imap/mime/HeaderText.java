package org.webmail.imap.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw header value (Subject, a filename parameter) into the text a person should read.
 *
 * <p>Two kinds of damage are undone. Raw 8-bit headers (RFC 6532 allows UTF-8; older mailers send it
 * anyway) arrive from Jakarta Mail as one char per byte, so UTF-8 shows as "relatÃ³rio": when those
 * chars re-form valid UTF-8 we read them so. RFC 2047 encoded words are decoded even where the RFC
 * forbids them (inside quoted strings, glued to text) because that is how most mailers write filenames,
 * and with a lenient charset instead of failing on an unknown label.
 */
public final class HeaderText {

    /** charset (optionally *language, RFC 2231 section 5), B or Q, encoded text: RFC 2047 section 2. */
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]{1,60})\\?([bBqQ])\\?([^?\\s]*)\\?=");

    private HeaderText() {
    }

    /** The readable text of a raw header value; null stays null. Never throws. */
    public static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String text = unfold(utf8From8Bit(raw));
        return text.contains("=?") ? decodeEncodedWords(text) : text;
    }

    /** Reads chars that are really bytes (all below 0x100) as UTF-8 when they form valid UTF-8. */
    static String utf8From8Bit(String raw) {
        boolean eightBit = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > 0xFF) {
                return raw;
            }
            eightBit |= c >= 0x80;
        }
        if (!eightBit) {
            return raw;
        }
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        return LenientCharset.isUtf8(bytes, bytes.length) ? new String(bytes, StandardCharsets.UTF_8) : raw;
    }

    /** RFC 5322 section 2.2.3: a line break followed by white space is folding, not content. */
    private static String unfold(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replaceAll("\r?\n([ \t])", "$1").replaceAll("[\r\n]", "");
    }

    private static String decodeEncodedWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher word = ENCODED_WORD.matcher(text);
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int last = 0;
        while (word.find()) {
            String between = text.substring(last, word.start());
            boolean adjacent = pendingCharset != null && between.isBlank();
            String charset = word.group(1);
            // Adjacent words in one charset are joined as bytes before decoding: senders split
            // multi-byte characters across words although RFC 2047 section 5 forbids it.
            if (!adjacent || !LenientCharset.normalize(charset).equals(LenientCharset.normalize(pendingCharset))) {
                flush(out, pending, pendingCharset);
                pendingCharset = charset;
                if (!adjacent) {
                    out.append(between);
                }
            }
            // White space between adjacent encoded words is dropped (RFC 2047 section 6.2).
            pending.writeBytes(wordBytes(word.group(2), word.group(3)));
            last = word.end();
        }
        flush(out, pending, pendingCharset);
        out.append(text, last, text.length());
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (pending.size() > 0) {
            out.append(LenientCharset.decode(pending.toByteArray(), charset));
            pending.reset();
        }
    }

    private static byte[] wordBytes(String encoding, String encoded) {
        if (encoding.equalsIgnoreCase("B")) {
            return LenientDecoding.base64(encoded);
        }
        // "Q" (RFC 2047 section 4.2): "_" is a space, "=XX" a byte, anything else itself.
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            int hi = c == '=' && i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(encoded.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                out.write(c == '_' ? ' ' : c);
            }
        }
        return out.toByteArray();
    }
}
