package org.webmail.message.render;

/**
 * A run of a plain-text body: either text, or a link whose visible text is {@code text}.
 * The template prints both through Qute's escaping; no markup is ever built here.
 *
 * @param text  the characters as they appear in the message
 * @param href  the link target (http, https or mailto only), or null for plain text
 */
public record TextToken(String text, String href) {

    public static TextToken text(String text) {
        return new TextToken(text, null);
    }

    public static TextToken link(String text, String href) {
        return new TextToken(text, href);
    }

    /** A mailto: link (RFC 6068), which the view opens in our own compose form. */
    public boolean isMailto() {
        return href != null && href.regionMatches(true, 0, "mailto:", 0, 7);
    }

    public boolean isLink() {
        return href != null;
    }
}
