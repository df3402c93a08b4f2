package org.webmail.imap;

import jakarta.mail.MessagingException;
import jakarta.mail.search.SearchException;
import jakarta.mail.search.SearchTerm;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.BadCommandException;
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.SearchSequence;

import java.io.IOException;
import java.util.Arrays;

/**
 * The UIDs of an open folder's messages that match, newest first, asked of the server in one command:
 * {@code UID SORT (REVERSE DATE) UTF-8 ...} with SORT (RFC 5256), else {@code UID SEARCH RETURN (ALL) ...} with
 * ESEARCH (RFC 4731, the answer is a compact sequence set), else {@code UID SEARCH ...} (RFC 3501 section 6.4.4);
 * without SORT, newest means highest UID (arrival order), as in the folder list.
 *
 * <p>Why not {@code Folder.search}: when the server answers NO (say, to a CHARSET it lacks) Angus quietly
 * downloads the messages and matches them on the client. Sending the command here means the server searches or
 * the user is told it could not; the criteria are still written by Angus's SearchSequence, which quotes strings or
 * sends them as literals.
 */
final class SearchCommand {

    private SearchCommand() {
    }

    static long[] newestFirst(IMAPFolder folder, SearchCriteria criteria) throws MessagingException {
        SearchTerm term = SearchTerms.of(criteria);
        Strategy strategy = strategy((IMAPStore) folder.getStore());
        Argument args = arguments(strategy, term);
        try {
            return (long[]) folder.doCommand(protocol -> switch (strategy) {
                case SORT -> run(protocol, "UID SORT", args, responses -> numbers(responses, "SORT"));
                case ESEARCH -> reversed(run(protocol, "UID SEARCH", args, SearchCommand::esearchAll));
                case SEARCH -> reversed(run(protocol, "UID SEARCH", args, responses -> numbers(responses, "SEARCH")));
            });
        } catch (MessagingException e) {
            if (ConnectFailures.causedBy(e, CommandFailedException.class) || ConnectFailures.causedBy(e, BadCommandException.class)) {
                throw new SearchRefusedException("The mail server could not run this search: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    enum Strategy { SORT, ESEARCH, SEARCH }

    private static Strategy strategy(IMAPStore store) throws MessagingException {
        if (store.hasCapability("SORT")) {
            return Strategy.SORT;
        }
        return store.hasCapability("ESEARCH") ? Strategy.ESEARCH : Strategy.SEARCH;
    }

    /** Written before any command is sent: a term that cannot be IMAP fails here and is never matched on the client. */
    static Argument arguments(Strategy strategy, SearchTerm term) {
        try {
            Argument args = new Argument();
            switch (strategy) {
                case SORT -> {
                    Argument order = new Argument();
                    order.writeAtom("REVERSE");
                    order.writeAtom("DATE");
                    args.writeArgument(order);
                    args.writeAtom("UTF-8"); // RFC 5256 section 3: SORT always names a charset; every server has UTF-8
                    criteria(args, term, "UTF-8");
                }
                case ESEARCH -> {
                    args.writeAtom("RETURN");
                    Argument options = new Argument();
                    options.writeAtom("ALL");
                    args.writeArgument(options);
                    charsetAndCriteria(args, term);
                }
                case SEARCH -> charsetAndCriteria(args, term);
            }
            return args;
        } catch (IOException | SearchException e) {
            throw new IllegalStateException("the search cannot be written as IMAP SEARCH: " + e.getMessage(), e);
        }
    }

    private static long[] esearchAll(Response[] responses) {
        for (int i = 0; i < responses.length; i++) {
            if (responses[i] instanceof IMAPResponse r && r.keyEquals("ESEARCH")) {
                responses[i] = null;
                return EsearchResult.all(r.getRest());
            }
        }
        return new long[0]; // no ESEARCH response at all: nothing matched
    }

    /** CHARSET only when a string needs it: a server may lack CHARSET support but must know US-ASCII. */
    private static void charsetAndCriteria(Argument args, SearchTerm term) throws IOException, SearchException {
        if (term == null || SearchSequence.isAscii(term)) {
            criteria(args, term, null);
        } else {
            args.writeAtom("CHARSET");
            args.writeAtom("UTF-8");
            criteria(args, term, "UTF-8");
        }
    }

    private static void criteria(Argument args, SearchTerm term, String charset) throws IOException, SearchException {
        if (term == null) {
            args.writeAtom("ALL");
        } else {
            // Throws SearchException for a term it cannot write as IMAP: never matched on the client instead.
            args.append(new SearchSequence().generateSequence(term, charset));
        }
    }

    /** Sends the command; the answer's own responses are taken out, the rest (EXISTS, EXPUNGE...) reach Angus. */
    private static long[] run(IMAPProtocol protocol, String command, Argument args,
                              java.util.function.Function<Response[], long[]> answer) throws ProtocolException {
        Response[] responses = protocol.command(command, args);
        Response result = responses[responses.length - 1];
        long[] uids = result.isOK() ? answer.apply(responses) : new long[0];
        protocol.notifyResponseHandlers(responses);
        protocol.handleResult(result);
        return uids;
    }

    private static long[] numbers(Response[] responses, String key) {
        long[] numbers = new long[16];
        int count = 0;
        for (int i = 0; i < responses.length; i++) {
            if (responses[i] instanceof IMAPResponse r && r.keyEquals(key)) {
                responses[i] = null;
                long number;
                while ((number = r.readLong()) != -1) {
                    if (count == numbers.length) {
                        numbers = Arrays.copyOf(numbers, count * 2);
                    }
                    numbers[count++] = number;
                }
            }
        }
        return Arrays.copyOf(numbers, count);
    }

    /** Highest UID first: without SORT the newest is the last to arrive. */
    private static long[] reversed(long[] uids) {
        long[] ascending = uids.clone();
        Arrays.sort(ascending);
        long[] result = new long[ascending.length];
        for (int i = 0; i < ascending.length; i++) {
            result[i] = ascending[ascending.length - 1 - i];
        }
        return result;
    }
}
