package org.webmail.imap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.FetchProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;

import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Conversations threaded here, for a server without THREAD: the newest {@code window} messages by arrival (the
 * highest sequence numbers) with just ENVELOPE, FLAGS, UID and the Message-ID, In-Reply-To and References fields
 * (BODY.PEEK[HEADER.FIELDS ...], RFC 3501 section 6.4.5), grouped by {@link LocalThreads}, newest activity first.
 * The bound keeps one page view to a few hundred kilobytes on a 100,000-message folder; mail older than the
 * window is not in the conversation list (the message list still shows it).
 */
final class WindowThreads {

    /** How many of the newest messages are threaded locally. */
    static final int WINDOW = 2_000;

    private static final FetchProfile THREADING = new FetchProfile();

    static {
        THREADING.add(FetchProfile.Item.ENVELOPE);
        THREADING.add(FetchProfile.Item.FLAGS);
        THREADING.add(UIDFolder.FetchProfileItem.UID);
        THREADING.add("Message-ID");
        THREADING.add("In-Reply-To");
        THREADING.add("References");
    }

    private WindowThreads() {
    }

    static List<List<Long>> newestFirst(IMAPFolder folder, int window) throws MessagingException {
        int total = folder.getMessageCount();
        if (total <= 0) {
            return List.of();
        }
        Message[] messages = folder.getMessages(Math.max(1, total - window + 1), total);
        folder.fetch(messages, THREADING);
        List<ThreadHeaders> headers = new ArrayList<>(messages.length);
        Map<Long, Instant> dates = new HashMap<>();
        for (Message message : messages) {
            if (message.isExpunged()) {
                continue;
            }
            ThreadHeaders threading = headersOf(folder, message);
            headers.add(threading);
            Instant date = EnvelopeMapper.date(message);
            dates.put(threading.uid(), date == null ? Instant.EPOCH : date);
        }
        List<List<Long>> threads = new ArrayList<>(LocalThreads.group(headers));
        Comparator<List<Long>> byNewest = Comparator.comparing(thread -> newest(thread, dates));
        threads.sort(byNewest.thenComparing(thread -> thread.stream().mapToLong(Long::longValue).max().orElse(0)).reversed());
        return threads;
    }

    /** RFC 5256 section 2.2: References, else the first msg-id of In-Reply-To. */
    static ThreadHeaders headersOf(IMAPFolder folder, Message message) throws MessagingException {
        List<String> references = MessageIds.in(joined(message.getHeader("References")));
        if (references.isEmpty()) {
            String inReplyTo = MessageIds.first(joined(message.getHeader("In-Reply-To")));
            references = inReplyTo == null ? List.of() : List.of(inReplyTo);
        }
        return new ThreadHeaders(folder.getUID(message), MessageIds.first(joined(message.getHeader("Message-ID"))),
                references, EnvelopeMapper.subject(message));
    }

    private static Instant newest(List<Long> thread, Map<Long, Instant> dates) {
        Instant newest = Instant.EPOCH;
        for (long uid : thread) {
            Instant date = dates.get(uid);
            if (date != null && date.isAfter(newest)) {
                newest = date;
            }
        }
        return newest;
    }

    private static String joined(String[] values) {
        return values == null || values.length == 0 ? null : String.join(" ", values);
    }
}
