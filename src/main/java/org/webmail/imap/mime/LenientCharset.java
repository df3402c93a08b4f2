package org.webmail.imap.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns bytes into text whatever charset label a sender wrote, and never throws.
 *
 * <p>Mail in the wild carries labels Java does not know ("latin-1", "x-unknown") or labels that lie
 * (US-ASCII over UTF-8 bytes, ISO-8859-1 over Windows smart quotes). Like browsers (WHATWG Encoding,
 * section 4.2) we map common aliases to the charset actually meant; for an unknown label we use UTF-8
 * when the bytes are valid UTF-8, else ISO-8859-1 read as windows-1252, which every byte decodes in.
 */
final class LenientCharset {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"), Map.entry("x-unicode20utf8", "UTF-8"),
            Map.entry("latin-1", "windows-1252"), Map.entry("latin1", "windows-1252"), Map.entry("l1", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("iso_8859-1", "windows-1252"), Map.entry("iso-latin-1", "windows-1252"),
            Map.entry("8859-1", "windows-1252"), Map.entry("cp819", "windows-1252"), Map.entry("ansi", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"), Map.entry("latin5", "windows-1254"),
            Map.entry("iso-8859-8-i", "ISO-8859-8"), Map.entry("tis-620", "x-windows-874"),
            Map.entry("iso-8859-11", "x-windows-874"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"),
            Map.entry("x-gbk", "GB18030"), Map.entry("shift_jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"), Map.entry("big5", "Big5-HKSCS"), Map.entry("macintosh", "x-MacRoman"),
            Map.entry("mac", "x-MacRoman"), Map.entry("x-mac-roman", "x-MacRoman"));

    /** Labels that mean "plain ASCII", which senders often put over 8-bit text. */
    private static final java.util.Set<String> ASCII = java.util.Set.of(
            "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us", "646", "default", "x-unknown-8bit");

    private static final java.util.Set<String> UTF7 = java.util.Set.of("utf-7", "unicode-1-1-utf-7", "x-utf-7", "utf7");

    private LenientCharset() {
    }

    /** Decodes {@code bytes} labelled {@code label} (may be null or garbage). */
    static String decode(byte[] bytes, String label) {
        String name = normalize(label);
        if (UTF7.contains(name)) {
            return Utf7.decode(bytes);
        }
        Charset charset = name.isEmpty() || ASCII.contains(name) ? null : lookup(name);
        if (charset == null) {
            return guess(bytes);
        }
        return new String(bytes, charset);
    }

    /** Text of bytes with no trustworthy label: UTF-8 when valid, else ISO-8859-1 (as windows-1252). */
    static String guess(byte[] bytes) {
        return isUtf8(bytes, bytes.length) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, WINDOWS_1252);
    }

    /** The charset a label means, or null when Java has none for it. */
    static Charset lookup(String label) {
        String name = normalize(label);
        if (name.isEmpty() || UTF7.contains(name)) {
            return null;
        }
        if (ASCII.contains(name)) {
            return StandardCharsets.US_ASCII;
        }
        try {
            return Charset.forName(ALIASES.getOrDefault(name, name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** True when the first {@code length} bytes are strictly valid UTF-8. */
    static boolean isUtf8(byte[] bytes, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Lower case, without quotes, comments or stray punctuation: {@code "UTF-8" (x)} becomes {@code utf-8}. */
    static String normalize(String label) {
        if (label == null) {
            return "";
        }
        String s = label.trim().toLowerCase(Locale.ROOT);
        int cut = s.indexOf('(');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        // RFC 2231 section 5 lets a language ride on the charset of an encoded word: "utf-8*en".
        cut = s.indexOf('*');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        StringBuilder clean = new StringBuilder(s.length());
        for (int i = 0; i < s.length() && clean.length() < 40; i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':') {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
