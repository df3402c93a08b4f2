package org.webmail.compose;

/**
 * Makes user input safe to put in a header field. RFC 5322 2.2: a header field ends at CRLF, so a CR or LF
 * inside a value would start a new field (header injection). Every line break and other control character
 * becomes a single space; nothing the user types can end the field.
 */
public final class HeaderText {

    private HeaderText() {
    }

    /** The value on one line, control characters replaced by spaces and runs of spaces collapsed; never null. */
    public static String singleLine(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (blank) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
