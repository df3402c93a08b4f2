package org.webmail.imap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.search.HeaderTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.SearchTerm;

import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The user's own messages of a conversation, found in their Sent folder (RFC 6154 \Sent) by a server-side
 * SEARCH (RFC 3501 section 6.4.4): replies whose In-Reply-To or References name one of the conversation's
 * Message-IDs, and the messages the conversation refers to but does not hold (the user started it). Angus
 * writes each id as an IMAP string, quoted or as a literal as needed, so no header text reaches the command raw.
 * HEADER matches substrings, which is exact here: an id keeps its angle brackets.
 */
final class SentReplies {

    /** Ids asked about per kind; a conversation longer than this is matched by its newest messages. */
    static final int MAX_IDS = 25;
    /** Sent messages shown at most. */
    static final int MAX_FOUND = 50;

    private SentReplies() {
    }

    /**
     * @param ownIds      the conversation's Message-IDs, newest first
     * @param missingIds  ids the conversation refers to that are not among them, newest first
     */
    static List<Message> find(IMAPFolder sent, List<String> ownIds, Collection<String> missingIds) throws MessagingException {
        List<SearchTerm> terms = new ArrayList<>();
        for (String id : ownIds.stream().limit(MAX_IDS).toList()) {
            terms.add(new HeaderTerm("In-Reply-To", id));
            terms.add(new HeaderTerm("References", id));
        }
        for (String id : missingIds.stream().limit(MAX_IDS).toList()) {
            terms.add(new HeaderTerm("Message-ID", id));
        }
        if (terms.isEmpty()) {
            return List.of();
        }
        Message[] found = sent.search(balanced(terms, 0, terms.size()));
        Arrays.sort(found, (a, b) -> Integer.compare(b.getMessageNumber(), a.getMessageNumber()));
        List<Message> newest = Arrays.asList(found).subList(0, Math.min(MAX_FOUND, found.length));
        sent.fetch(newest.toArray(Message[]::new), ConversationRows.ROW);
        return newest;
    }

    /** ORs as a balanced tree, so fifty terms nest six deep rather than fifty. */
    private static SearchTerm balanced(List<SearchTerm> terms, int from, int to) {
        if (to - from == 1) {
            return terms.get(from);
        }
        int middle = (from + to) / 2;
        return new OrTerm(balanced(terms, from, middle), balanced(terms, middle, to));
    }
}
