package org.webmail.imap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The msg-ids of a Message-ID, In-Reply-To or References field (RFC 5322 section 3.6.4), angle brackets kept. */
final class MessageIds {

    private static final Pattern MSG_ID = Pattern.compile("<[^<>\\s]+>");

    private MessageIds() {
    }

    /** Every msg-id in the field, in order; comments and phrases (some old mailers put them in In-Reply-To) are skipped. */
    static List<String> in(String field) {
        List<String> ids = new ArrayList<>();
        if (field == null) {
            return ids;
        }
        Matcher m = MSG_ID.matcher(field);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }

    /** The first msg-id of the field, or null. */
    static String first(String field) {
        List<String> ids = in(field);
        return ids.isEmpty() ? null : ids.getFirst();
    }
}
