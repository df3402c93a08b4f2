package org.webmail.imap.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A lenient reading of a structured header such as Content-Type or Content-Disposition:
 * {@code value; name=token; name="quoted"; name*=charset'lang'pct; name*0*=...; name*1=...}.
 *
 * <p>Jakarta Mail's parser rejects the whole header on one stray space ({@code filename=a b.pdf}); we
 * take what the sender evidently meant. RFC 2231 extended values and continuations are joined and
 * decoded here (sections 3 and 4), with a charset label as lenient as {@link LenientCharset}.
 */
final class HeaderParameters {

    private final String value;
    private final Map<String, String> parameters;

    private HeaderParameters(String value, Map<String, String> parameters) {
        this.value = value;
        this.parameters = parameters;
    }

    static HeaderParameters parse(String header) {
        List<String> segments = split(header == null ? "" : header);
        Map<String, String> plain = new HashMap<>();
        Map<String, TreeMap<Integer, String>> continued = new HashMap<>();
        for (String segment : segments.subList(1, segments.size())) {
            int eq = segment.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = segment.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String raw = unquote(segment.substring(eq + 1).trim());
            addSegment(name, raw, plain, continued);
        }
        Map<String, String> decoded = new HashMap<>(plain);
        continued.forEach((name, parts) -> decoded.put(name, joinRfc2231(parts)));
        return new HeaderParameters(segments.get(0).trim(), decoded);
    }

    /** The part before the first ";", e.g. "attachment" or "text/plain", as written. */
    String value() {
        return value;
    }

    /** A parameter by case-insensitive name, RFC 2231-decoded, or null. */
    String get(String name) {
        return parameters.get(name.toLowerCase(Locale.ROOT));
    }

    private static void addSegment(String name, String raw, Map<String, String> plain,
                                   Map<String, TreeMap<Integer, String>> continued) {
        int star = name.indexOf('*');
        if (star < 0) {
            plain.putIfAbsent(name, raw);
            return;
        }
        String base = name.substring(0, star);
        String rest = name.substring(star + 1);
        boolean extended = rest.endsWith("*") || rest.isEmpty();
        String index = rest.endsWith("*") ? rest.substring(0, rest.length() - 1) : rest;
        int position = index.isEmpty() ? 0 : parseIndex(index);
        if (position >= 0) {
            // Mark extended segments so the joiner knows to percent-decode them (RFC 2231 section 4).
            continued.computeIfAbsent(base, k -> new TreeMap<>()).putIfAbsent(position, (extended ? "*" : "=") + raw);
        }
    }

    private static int parseIndex(String digits) {
        if (digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    private static String joinRfc2231(TreeMap<Integer, String> parts) {
        String charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Map.Entry<Integer, String> entry : parts.entrySet()) {
            String text = entry.getValue().substring(1);
            if (entry.getValue().charAt(0) != '*') {
                writeLiteral(bytes, text);
                continue;
            }
            if (entry.getKey() == 0) {
                int first = text.indexOf('\'');
                int second = first < 0 ? -1 : text.indexOf('\'', first + 1);
                if (second > 0) {
                    charset = text.substring(0, first);
                    text = text.substring(second + 1);
                }
            }
            percentDecode(text, bytes);
        }
        return LenientCharset.decode(bytes.toByteArray(), charset);
    }

    private static void writeLiteral(ByteArrayOutputStream bytes, String text) {
        boolean latin1 = text.chars().allMatch(c -> c <= 0xFF);
        bytes.writeBytes(text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
    }

    private static void percentDecode(String text, ByteArrayOutputStream out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int hi = c == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                out.write(hi << 4 | lo);
                i += 2;
            } else if (c <= 0xFF) {
                out.write(c);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Splits at ";" outside quoted strings; a backslash escapes the next character inside quotes. */
    private static List<String> split(String header) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted && c == '\\' && i + 1 < header.length()) {
                current.append(c).append(header.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                segments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        segments.add(current.toString());
        return segments;
    }

    private static String unquote(String raw) {
        if (raw.length() < 2 || raw.charAt(0) != '"') {
            return raw;
        }
        int end = raw.endsWith("\"") ? raw.length() - 1 : raw.length();
        StringBuilder out = new StringBuilder(end);
        for (int i = 1; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < end) {
                c = raw.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
