package org.webmail.compose;

import java.util.regex.Pattern;

/**
 * The text/plain alternative of an HTML body (RFC 2046 5.1.4: the plain part comes first and says the same),
 * for readers whose client shows only text. Runs on sanitised HTML, so there are no scripts or styles to skip.
 */
final class HtmlText {

    private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote)>");
    private static final Pattern ITEMS = Pattern.compile("(?i)<li[^>]*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    private HtmlText() {
    }

    static String toPlain(String html) {
        String text = BREAKS.matcher(html).replaceAll("\n");
        text = ITEMS.matcher(text).replaceAll("- ");
        text = TAGS.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&#160;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'").replace("&#61;", "=")
                .replace("&#64;", "@").replace("&#43;", "+").replace("&#96;", "`").replace("&amp;", "&");
        return text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
