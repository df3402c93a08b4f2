package org.webmail.imap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;

/**
 * Conversations threaded by the server: {@code UID THREAD REFERENCES UTF-8 ALL} (RFC 5256 section 3), ordered by
 * their newest message from {@code UID SORT (REVERSE DATE) UTF-8 ALL} (RFC 5256 section 3, DATE as in 2.2), or by
 * UID (arrival) when the server cannot sort. Angus Mail has no API for THREAD, so the command goes through
 * {@link IMAPFolder#doCommand} and its untagged answer is read here; the commands carry no user text.
 */
final class ServerThreads {

    private ServerThreads() {
    }

    static List<List<Long>> newestFirst(IMAPFolder folder, boolean canSort) throws MessagingException {
        List<List<Long>> threads = new ArrayList<>(ThreadResponse.parse(untagged(folder, "UID THREAD REFERENCES UTF-8 ALL", "THREAD")));
        Map<Long, Integer> age = new HashMap<>();
        if (canSort) {
            String sorted = untagged(folder, "UID SORT (REVERSE DATE) UTF-8 ALL", "SORT").strip();
            int position = 0;
            for (String uid : sorted.isEmpty() ? new String[0] : sorted.split("\\s+")) {
                age.put(Long.parseLong(uid), position++);
            }
        }
        // Without SORT, a higher UID arrived later (RFC 3501 section 2.3.1.1): rank by the negated UID.
        Comparator<List<Long>> newestFirst = Comparator.comparingLong(thread -> newest(thread, age, canSort));
        threads.sort(newestFirst);
        return threads;
    }

    /** The smallest rank of the thread's messages: its position in the newest-first order. */
    private static long newest(List<Long> thread, Map<Long, Integer> age, boolean sorted) {
        long best = Long.MAX_VALUE;
        for (long uid : thread) {
            long rank = sorted ? age.getOrDefault(uid, Integer.MAX_VALUE) : -uid;
            best = Math.min(best, rank);
        }
        return best;
    }

    /** Sends a command and returns the data of its untagged response named {@code key} ("" when there was none). */
    static String untagged(IMAPFolder folder, String command, String key) throws MessagingException {
        Object data = folder.doCommand(protocol -> {
            Response[] responses = protocol.command(command, null);
            Response result = responses[responses.length - 1];
            StringBuilder found = new StringBuilder();
            if (result.isOK()) {
                for (int i = 0; i < responses.length - 1; i++) {
                    if (responses[i] instanceof IMAPResponse untagged && untagged.keyEquals(key)) {
                        found.append(' ').append(untagged.getRest());
                        responses[i] = null; // ours: not for the folder's EXISTS/EXPUNGE handling
                    }
                }
            }
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(result);
            return found.toString();
        });
        return (String) data;
    }
}
