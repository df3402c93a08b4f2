package org.webmail.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits what a person typed into terms: words separated by white space, "quoted phrases" (a backslash escapes a
 * quote or a backslash inside), and {@code name:value} pairs whose value may be a quoted phrase. CR, LF and every
 * other control character count as white space, so they can separate terms but never be part of one.
 */
final class QueryTokens {

    /** One term: {@code operator} is lower case, or null for plain text. */
    record Token(String operator, String value) {
    }

    private static final Pattern OPERATOR = Pattern.compile("([A-Za-z]+):");

    private final String input;
    private int at;

    private QueryTokens(String input) {
        this.input = input;
    }

    static List<Token> of(String typed) {
        return new QueryTokens(withoutControls(typed)).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (at < input.length() && input.charAt(at) == ' ') {
                at++;
            }
            if (at >= input.length()) {
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        if (input.charAt(at) == '"') {
            return new Token(null, phrase());
        }
        Matcher operator = OPERATOR.matcher(input).region(at, input.length());
        if (operator.lookingAt()) {
            at = operator.end();
            String value = at < input.length() && input.charAt(at) == '"' ? phrase() : word();
            return new Token(operator.group(1).toLowerCase(Locale.ROOT), value);
        }
        return new Token(null, word());
    }

    /** Up to the next space; a quote inside a word (O"Brien, 5") is just a character. */
    private String word() {
        int start = at;
        while (at < input.length() && input.charAt(at) != ' ') {
            at++;
        }
        return input.substring(start, at);
    }

    /** From an opening quote to the closing one, or to the end when it is missing. */
    private String phrase() {
        StringBuilder phrase = new StringBuilder();
        at++; // the opening quote
        while (at < input.length()) {
            char c = input.charAt(at++);
            if (c == '"') {
                break;
            }
            if (c == '\\' && at < input.length() && (input.charAt(at) == '"' || input.charAt(at) == '\\')) {
                c = input.charAt(at++);
            }
            phrase.append(c);
        }
        return phrase.toString().strip().replaceAll(" {2,}", " ");
    }

    private static String withoutControls(String typed) {
        StringBuilder clean = new StringBuilder(typed.length());
        typed.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c) || c == 0x2028 || c == 0x2029) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(c);
            }
        });
        return clean.toString();
    }
}
