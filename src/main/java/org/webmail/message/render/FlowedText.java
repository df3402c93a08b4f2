package org.webmail.message.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the soft line breaks of a text/plain; format=flowed body (RFC 3676), so paragraphs re-wrap to the
 * reader's screen instead of keeping the sender's 72 columns.
 */
final class FlowedText {

    private FlowedText() {
    }

    /**
     * @param text   the body with CRLF or LF line ends
     * @param delSp  the DelSp=yes parameter (RFC 3676 section 4.2): the space before a soft break was added by
     *               the sender's software and is deleted when lines are joined
     */
    static String unflow(String text, boolean delSp) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (String raw : text.split("\r?\n", -1)) {
            int depth = quoteDepth(raw);
            String content = unstuffed(raw.substring(depth));
            if (paragraph != null && depth != paragraphDepth) {
                // Section 4.5: a flowed line followed by a different quote depth is treated as fixed.
                out.add(quoted(paragraphDepth, paragraph.toString().stripTrailing()));
                paragraph = null;
            }
            boolean flowed = content.endsWith(" ") && !content.equals("-- ");
            if (flowed && delSp) {
                content = content.substring(0, content.length() - 1);
            }
            if (paragraph == null) {
                paragraph = new StringBuilder();
                paragraphDepth = depth;
            }
            paragraph.append(content);
            if (!flowed) {
                out.add(quoted(paragraphDepth, paragraph));
                paragraph = null;
            }
        }
        if (paragraph != null) {
            out.add(quoted(paragraphDepth, paragraph.toString().stripTrailing()));
        }
        return String.join("\n", out);
    }

    /** Section 4.5: quote depth is the number of '>' at the very start of the line. */
    private static int quoteDepth(String line) {
        int depth = 0;
        while (depth < line.length() && line.charAt(depth) == '>') {
            depth++;
        }
        return depth;
    }

    /** Section 4.4: a line starting with a space was space-stuffed; the first space is not content. */
    private static String unstuffed(String content) {
        return content.startsWith(" ") ? content.substring(1) : content;
    }

    private static String quoted(int depth, CharSequence content) {
        if (depth == 0) {
            return content.toString();
        }
        if (content.isEmpty()) {
            return ">".repeat(depth);
        }
        return ">".repeat(depth) + " " + content;
    }
}
