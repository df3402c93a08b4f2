package org.webmail.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.webmail.imap.MessageFlag;
import org.webmail.imap.SearchCriteria;
import org.webmail.mailbox.MailMessages;

/**
 * Reads the search box: plain words and "quoted phrases" match From, Subject or the body; {@code from:}, {@code to:},
 * {@code subject:}, {@code has:attachment}, {@code is:unread|read|flagged}, {@code before:YYYY-MM-DD} (sent before
 * that day), {@code after:YYYY-MM-DD} (sent on or after it) and {@code larger:10M} (K, M, G: powers of 1024) narrow
 * it; all terms must hold. A word that merely looks like an operator ({@code http://x}, {@code note:}) is plain text.
 * Pure: no I/O, so every rule is tested on its own.
 */
public final class SearchQueryParser {

    /** Longer than anyone types; keeps the IMAP command small. */
    static final int MAX_LENGTH = 500;
    static final int MAX_TERMS = 20;

    private static final Set<String> OPERATORS = Set.of("from", "to", "subject", "has", "is", "before", "after", "larger");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMG]?)B?", Pattern.CASE_INSENSITIVE);

    private SearchQueryParser() {
    }

    public static SearchQuery parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            throw new SearchQueryException("That search is too long: keep it under " + MAX_LENGTH + " characters.",
                    t -> t.query_too_long(String.valueOf(MAX_LENGTH)));
        }
        Builder criteria = new Builder();
        int terms = 0;
        for (QueryTokens.Token token : QueryTokens.of(text)) {
            if (token.operator() == null && token.value().isEmpty()) {
                continue; // ""
            }
            if (++terms > MAX_TERMS) {
                throw new SearchQueryException("That search has too many terms: use at most " + MAX_TERMS + ".",
                        t -> t.query_too_many_terms(String.valueOf(MAX_TERMS)));
            }
            if (token.operator() == null || !OPERATORS.contains(token.operator())) {
                criteria.text.add(token.operator() == null ? token.value() : token.operator() + ":" + token.value());
            } else {
                apply(token.operator(), token.value(), criteria);
            }
        }
        return new SearchQuery(text, criteria.build());
    }

    private static void apply(String operator, String value, Builder criteria) {
        if (value.isEmpty()) {
            throw new SearchQueryException(operator + ": needs something after it, for example " + example(operator) + ".",
                    t -> t.query_needs_value(operator, example(operator)));
        }
        switch (operator) {
            case "from" -> criteria.from.add(value);
            case "to" -> criteria.to.add(value);
            case "subject" -> criteria.subject.add(value);
            case "has" -> hasAttachment(value, criteria);
            case "is" -> state(value, criteria);
            case "before" -> criteria.before = earliest(criteria.before, date(operator, value));
            case "after" -> criteria.after = latest(criteria.after, date(operator, value));
            case "larger" -> criteria.larger = Math.max(criteria.larger, size(value));
            default -> throw new IllegalStateException(operator);
        }
    }

    private static void hasAttachment(String value, Builder criteria) {
        if (!value.equalsIgnoreCase("attachment") && !value.equalsIgnoreCase("attachments")) {
            throw new SearchQueryException("has: knows only has:attachment.", MailMessages::query_has_attachment_only);
        }
        criteria.hasAttachment = true;
    }

    private static void state(String value, Builder criteria) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "unread" -> criteria.without.add(MessageFlag.SEEN);
            case "read" -> criteria.with.add(MessageFlag.SEEN);
            case "flagged" -> criteria.with.add(MessageFlag.FLAGGED);
            default -> throw new SearchQueryException("is: takes unread, read or flagged (not \"" + value + "\").",
                    t -> t.query_is_values(value));
        }
    }

    private static LocalDate date(String operator, String value) {
        try {
            return LocalDate.parse(value); // ISO: YYYY-MM-DD
        } catch (DateTimeParseException e) {
            throw new SearchQueryException(operator + ": takes a date written year-month-day, for example "
                    + example(operator) + " (not \"" + value + "\").", t -> t.query_date_format(operator, example(operator), value));
        }
    }

    /** Bytes; K, M and G are powers of 1024 as mail clients show sizes. At most 2 GiB - 1, what IMAP clients can ask. */
    static long size(String value) {
        Matcher matcher = SIZE.matcher(value);
        if (!matcher.matches()) {
            throw new SearchQueryException("larger: takes a size such as 500K, 10M or 1G (not \"" + value + "\").",
                    t -> t.query_larger_format(value));
        }
        int shift = switch (matcher.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(1L << shift));
        if (bytes.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new SearchQueryException("larger: can go up to 2047M; no mail server keeps messages that big.",
                    MailMessages::query_larger_too_big);
        }
        return bytes.longValue();
    }

    private static String example(String operator) {
        return switch (operator) {
            case "before", "after" -> operator + ":2026-03-01";
            case "larger" -> "larger:10M";
            case "has" -> "has:attachment";
            case "is" -> "is:unread";
            default -> operator + ":anna";
        };
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Collects terms; several of a kind are ANDed, so two dates or sizes keep the narrower one. */
    private static final class Builder {
        final List<String> text = new ArrayList<>();
        final List<String> from = new ArrayList<>();
        final List<String> to = new ArrayList<>();
        final List<String> subject = new ArrayList<>();
        final Set<MessageFlag> with = EnumSet.noneOf(MessageFlag.class);
        final Set<MessageFlag> without = EnumSet.noneOf(MessageFlag.class);
        LocalDate before;
        LocalDate after;
        long larger;
        boolean hasAttachment;

        SearchCriteria build() {
            return new SearchCriteria(text, from, to, subject, with, without, before, after, larger, hasAttachment);
        }
    }
}
