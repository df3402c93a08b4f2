package org.webmail.compose.smtp;

/** Fits server text into its database column. */
final class Text {

    private Text() {
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
