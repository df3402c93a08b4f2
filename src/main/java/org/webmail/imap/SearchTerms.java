package org.webmail.imap;

import jakarta.mail.Flags;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.BodyTerm;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.HeaderTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.SearchTerm;
import jakarta.mail.search.SentDateTerm;
import jakarta.mail.search.SizeTerm;
import jakarta.mail.search.SubjectTerm;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * {@link SearchCriteria} as Jakarta Mail search terms, only of the kinds Angus's SearchSequence writes as IMAP
 * SEARCH keys (RFC 3501 section 6.4.4): HEADER, SUBJECT, BODY, flags, SENTBEFORE/SENTSINCE, LARGER, OR.
 * Angus writes each string as a quoted string, or as a literal when it holds 8-bit characters, so user text never
 * becomes IMAP syntax; CR, LF and NUL are refused here all the same, since no header or search key can need them.
 *
 * <p>has:attachment: IMAP has no search key for attachments, and HEADER sees only the message's own header, not its
 * parts'. So it matches what the message list's paper-clip shows for the top level: a multipart/mixed message, or a
 * message that is itself an attachment (Content-Disposition: attachment). An attachment nested inside
 * multipart/signed or multipart/related is not found; a multipart/mixed message with no real file is.
 */
final class SearchTerms {

    private SearchTerms() {
    }

    /** The terms ANDed together, or null when the criteria match every message (SEARCH ALL). */
    static SearchTerm of(SearchCriteria criteria) {
        List<SearchTerm> terms = new ArrayList<>();
        for (String text : criteria.text()) {
            // "OR OR HEADER From x SUBJECT x BODY x": the words a person sees in the list or the message
            terms.add(new OrTerm(new SearchTerm[]{from(checked(text)), new SubjectTerm(text), new BodyTerm(text)}));
        }
        criteria.from().forEach(from -> terms.add(from(checked(from))));
        criteria.to().forEach(to -> terms.add(new HeaderTerm("To", checked(to))));
        criteria.subject().forEach(subject -> terms.add(new SubjectTerm(checked(subject))));
        flags(criteria.withFlags(), true, terms);
        flags(criteria.withoutFlags(), false, terms);
        if (criteria.sentBefore() != null) {
            terms.add(new SentDateTerm(ComparisonTerm.LT, day(criteria.sentBefore())));
        }
        if (criteria.sentSince() != null) {
            terms.add(new SentDateTerm(ComparisonTerm.GE, day(criteria.sentSince())));
        }
        if (criteria.largerThan() > 0) {
            // SizeTerm holds an int: the parser refuses sizes above 2 GiB, which no mail server stores anyway
            terms.add(new SizeTerm(ComparisonTerm.GT, (int) Math.min(Integer.MAX_VALUE, criteria.largerThan())));
        }
        if (criteria.hasAttachment()) {
            terms.add(new OrTerm(new HeaderTerm("Content-Type", "multipart/mixed"),
                    new HeaderTerm("Content-Disposition", "attachment")));
        }
        return switch (terms.size()) {
            case 0 -> null;
            case 1 -> terms.get(0);
            default -> new AndTerm(terms.toArray(SearchTerm[]::new));
        };
    }

    /**
     * HEADER From rather than FROM: both are substring matches of the header (RFC 3501 section 6.4.4) on Dovecot and
     * the like, but GreenMail, which the demo runs on, takes FROM and TO as one whole address and drops the
     * connection for a string that is not one ("Anna Smith", "label:x").
     */
    private static SearchTerm from(String text) {
        return new HeaderTerm("From", text);
    }

    private static void flags(Set<MessageFlag> flags, boolean set, List<SearchTerm> terms) {
        for (MessageFlag flag : flags) {
            terms.add(new FlagTerm(ImapFlags.of(Set.of(flag)), set));
        }
    }

    /**
     * SearchSequence formats a date in the JVM's default zone (SENTBEFORE takes a day, RFC 3501 section 6.4.4), so
     * the day is turned into an instant in that same zone to come out as the very day asked for.
     */
    private static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** Refuses what must never reach the wire even inside a literal: a search string never needs CR, LF or NUL. */
    static String checked(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\0') {
                throw new IllegalArgumentException("a search string may not contain CR, LF or NUL");
            }
        }
        return text;
    }
}
