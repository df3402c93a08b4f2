package org.webmail.compose;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A mailto: URL (RFC 6068) as compose fields. Percent-encoded UTF-8 throughout; '+' is a plus, not a space
 * (section 5). Only to, cc, bcc, subject and body are taken: other header fields from a link are ignored,
 * as section 6 advises, so a link cannot set headers the user does not see.
 */
public record Mailto(String to, String cc, String bcc, String subject, String body) {

    public static Mailto parse(String url) {
        if (url == null || !url.regionMatches(true, 0, "mailto:", 0, 7)) {
            return new Mailto("", "", "", "", "");
        }
        String rest = url.substring(7);
        int question = rest.indexOf('?');
        List<String> to = new ArrayList<>(List.of(decode(question < 0 ? rest : rest.substring(0, question))));
        List<String> cc = new ArrayList<>();
        List<String> bcc = new ArrayList<>();
        String subject = "";
        String body = "";
        if (question >= 0) {
            for (String pair : rest.substring(question + 1).split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                switch (name) {
                    case "to" -> to.add(value);
                    case "cc" -> cc.add(value);
                    case "bcc" -> bcc.add(value);
                    case "subject" -> subject = value;
                    case "body" -> body = value;
                    default -> { } // section 6: other headers from a link are not trusted
                }
            }
        }
        return new Mailto(join(to), join(cc), join(bcc), HeaderText.singleLine(subject), body.replace("\r\n", "\n"));
    }

    private static String join(List<String> values) {
        return String.join(", ", values.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a stray '%' not followed by hex: keep the text as written
        }
    }
}
