package org.webmail.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * text/plain; format=flowed (RFC 3676) for what users write: long paragraphs are sent as short lines joined by
 * soft breaks (a trailing space), so every reader's client can re-wrap them, and lines that would be misread are
 * space-stuffed. {@link #unflow} reverses it when a draft is reopened.
 */
public final class FlowedText {

    /** RFC 3676 4.2: lines SHOULD be no more than 78 characters; 72 leaves room for a few levels of quoting. */
    static final int WIDTH = 72;

    private FlowedText() {
    }

    /** The body as format=flowed lines joined with CRLF (no DelSp). */
    public static String flow(String text) {
        List<String> out = new ArrayList<>();
        for (String line : normalise(text).split("\n", -1)) {
            int depth = quoteDepth(line);
            String prefix = ">".repeat(depth);
            String content = depth > 0 && line.startsWith(" ", depth) ? line.substring(depth + 1) : line.substring(depth);
            // 4.1: trailing spaces on a hard line would make it a soft one, except the signature separator.
            content = content.equals("-- ") ? content : content.stripTrailing();
            String lead = depth > 0 ? prefix + " " : "";
            List<String> pieces = wrap(content, WIDTH - lead.length());
            for (String piece : pieces) {
                out.add(lead + (depth == 0 ? stuffed(piece) : piece));
            }
        }
        return String.join("\r\n", out);
    }

    /** Joins soft-broken lines again (quote depth kept, RFC 3676 4.5) and removes space-stuffing (4.4). */
    public static String unflow(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (String raw : normalise(text).split("\n", -1)) {
            int depth = quoteDepth(raw);
            String content = raw.substring(depth);
            content = content.startsWith(" ") ? content.substring(1) : content;
            if (paragraph != null && depth != paragraphDepth) {
                out.add(quoted(paragraphDepth, paragraph.toString()));
                paragraph = null;
            }
            boolean soft = content.endsWith(" ") && !content.equals("-- ");
            if (paragraph == null) {
                paragraph = new StringBuilder();
                paragraphDepth = depth;
            }
            paragraph.append(content);
            if (!soft) {
                out.add(quoted(paragraphDepth, paragraph.toString()));
                paragraph = null;
            }
        }
        if (paragraph != null) {
            out.add(quoted(paragraphDepth, paragraph.toString().stripTrailing()));
        }
        return String.join("\n", out);
    }

    /** Breaks after spaces so each piece but the last ends in the space that makes the break soft (4.2). */
    private static List<String> wrap(String content, int width) {
        List<String> pieces = new ArrayList<>();
        String rest = content;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width - 1);
            if (cut <= 0) {
                cut = rest.indexOf(' ', width);
                if (cut < 0) {
                    break; // one long word (a URL): leave it whole rather than break it
                }
            }
            pieces.add(rest.substring(0, cut + 1));
            rest = rest.substring(cut + 1);
        }
        pieces.add(rest);
        return pieces;
    }

    /** 4.4: a line starting with a space, "From " or ">" would be misread; a leading space protects it. */
    private static String stuffed(String line) {
        return line.startsWith(" ") || line.startsWith(">") || line.startsWith("From ") ? " " + line : line;
    }

    private static int quoteDepth(String line) {
        int depth = 0;
        while (depth < line.length() && line.charAt(depth) == '>') {
            depth++;
        }
        return depth;
    }

    private static String quoted(int depth, String content) {
        return depth == 0 ? content : ">".repeat(depth) + (content.isEmpty() ? "" : " " + content);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
