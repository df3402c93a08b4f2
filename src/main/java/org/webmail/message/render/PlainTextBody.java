package org.webmail.message.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text/plain body into text and link tokens, so the view can show addresses as links while Qute
 * escapes every character: nothing the sender wrote is ever taken as markup.
 */
public final class PlainTextBody {

    /**
     * Where a link may start. The rest is taken up to whitespace or a character that cannot be in a URL
     * (RFC 3986 appendix C: angle brackets and quotes delimit URLs in text), then trailing punctuation is trimmed.
     */
    private static final Pattern LINK_START = Pattern.compile(
            "(?<![\\p{L}\\p{N}.@/-])(?:https?://|mailto:|www\\.)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_BODY = Pattern.compile("[^\\s<>\"`{}|\\\\^\\[\\]]+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?'*";

    private PlainTextBody() {
    }

    /**
     * @param text          the body as decoded from its charset, may be null
     * @param formatFlowed  the part was {@code format=flowed} (RFC 3676): join its soft line breaks first
     */
    public static List<TextToken> tokens(String text, boolean formatFlowed) {
        return tokens(text, formatFlowed, false);
    }

    /** As {@link #tokens(String, boolean)}, with the part's {@code DelSp} parameter (RFC 3676 section 4.2). */
    public static List<TextToken> tokens(String text, boolean formatFlowed, boolean delSp) {
        return tokens(text, formatFlowed, delSp, LinkCheck.NONE);
    }

    /**
     * As {@link #tokens(String, boolean, boolean)}, with each web link shown to {@code links}, which may send it
     * through a page that shows where it leads first (a look-alike host, "http://bank.example@evil.example/").
     */
    public static List<TextToken> tokens(String text, boolean formatFlowed, boolean delSp, LinkCheck links) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = formatFlowed ? FlowedText.unflow(text, delSp) : text.replace("\r\n", "\n");
        List<TextToken> tokens = new ArrayList<>();
        Matcher start = LINK_START.matcher(body);
        Matcher rest = LINK_BODY.matcher(body);
        int plainFrom = 0;
        int searchFrom = 0;
        while (start.find(searchFrom)) {
            rest.region(start.start(), body.length());
            int end = rest.lookingAt() ? linkEnd(body, start.start(), rest.end()) : start.end();
            if (end <= start.end()) {
                searchFrom = start.end();
                continue;
            }
            if (plainFrom < start.start()) {
                tokens.add(TextToken.text(body.substring(plainFrom, start.start())));
            }
            String shown = body.substring(start.start(), end);
            tokens.add(TextToken.link(shown, checked(href(shown), shown, links)));
            plainFrom = end;
            searchFrom = end;
        }
        if (plainFrom < body.length()) {
            tokens.add(TextToken.text(body.substring(plainFrom)));
        }
        return List.copyOf(tokens);
    }

    /**
     * Ends the link before punctuation that belongs to the sentence: "see https://example.org/a)." links
     * only https://example.org/a, but a closing bracket that has its opening one inside the link stays
     * (https://en.wikipedia.org/wiki/Mail_(protocol)).
     */
    private static int linkEnd(String body, int from, int to) {
        int end = to;
        int opening = count(body, from, to, '(');
        int closing = count(body, from, to, ')');
        while (end > from) {
            char last = body.charAt(end - 1);
            if (TRAILING_PUNCTUATION.indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && opening < closing) {
                closing--;
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static int count(String body, int from, int to, char wanted) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (body.charAt(i) == wanted) {
                n++;
            }
        }
        return n;
    }

    private static String checked(String href, String shown, LinkCheck links) {
        if (href.regionMatches(true, 0, "mailto:", 0, 7)) {
            return href; // opens our own compose form, which shows the address
        }
        String detour = links.detour(href, shown);
        return detour == null ? href : detour;
    }

    private static String href(String shown) {
        return shown.regionMatches(true, 0, "www.", 0, 4) ? "https://" + shown : shown;
    }
}
