package org.webmail.imap;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simplified base subject (RFC 5256 section 2.1): the subject without reply and forward prefixes ("Re:",
 * "Fwd:", "Fw:", and the German, Scandinavian "AW:", "SV:"), "[list]" tags before them and a trailing "(fwd)",
 * whitespace folded and case ignored.
 */
record BaseSubject(String text, boolean reply) {

    private static final Pattern PREFIX = Pattern.compile("^\\s*(?:\\[[^\\]]*\\]\\s*)?(?:re|fwd?|aw|sv)\\s*(?:\\[\\d+\\])?\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FWD_TRAILER = Pattern.compile("\\s*\\(fwd\\)\\s*$", Pattern.CASE_INSENSITIVE);

    static BaseSubject of(String subject) {
        String text = subject == null ? "" : subject;
        boolean reply = false;
        while (true) {
            Matcher m = PREFIX.matcher(text);
            if (!m.find() || m.end() == 0) {
                break;
            }
            text = text.substring(m.end());
            reply = true;
        }
        Matcher trailer = FWD_TRAILER.matcher(text);
        if (trailer.find()) {
            text = text.substring(0, trailer.start());
            reply = true;
        }
        return new BaseSubject(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), reply);
    }
}
