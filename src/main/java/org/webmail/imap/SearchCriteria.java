package org.webmail.imap;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to look for, in the terms IMAP SEARCH (RFC 3501 section 6.4.4) can ask the server; every part must hold
 * (AND). Strings are matched by the server as case-insensitive substrings.
 *
 * @param text        each must appear in From, Subject or the body
 * @param from        each must appear in the From header
 * @param to          each must appear in the To header
 * @param subject     each must appear in the Subject
 * @param withFlags   flags the message must have
 * @param withoutFlags flags the message must not have
 * @param sentBefore  Date header before this day (SENTBEFORE), or null
 * @param sentSince   Date header on or after this day (SENTSINCE), or null
 * @param largerThan  RFC822.SIZE above this many bytes (LARGER), or 0 for no limit
 * @param hasAttachment see {@link SearchTerms}: a header test, since IMAP has no key for attachments
 */
public record SearchCriteria(List<String> text, List<String> from, List<String> to, List<String> subject,
                             Set<MessageFlag> withFlags, Set<MessageFlag> withoutFlags,
                             LocalDate sentBefore, LocalDate sentSince, long largerThan, boolean hasAttachment) {

    public SearchCriteria {
        text = List.copyOf(text);
        from = List.copyOf(from);
        to = List.copyOf(to);
        subject = List.copyOf(subject);
        withFlags = Set.copyOf(withFlags);
        withoutFlags = Set.copyOf(withoutFlags);
    }

    /** True when nothing narrows the search: every message would match. */
    public boolean matchesEverything() {
        return text.isEmpty() && from.isEmpty() && to.isEmpty() && subject.isEmpty() && withFlags.isEmpty()
                && withoutFlags.isEmpty() && sentBefore == null && sentSince == null && largerThan <= 0 && !hasAttachment;
    }
}
