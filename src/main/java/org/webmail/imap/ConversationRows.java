package org.webmail.imap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;

import org.eclipse.angus.mail.imap.IMAPFolder;

/** Fetches ENVELOPE, FLAGS and UID of the given conversations' messages and sums each up as a list row. */
final class ConversationRows {

    static final FetchProfile ROW = new FetchProfile();
    private static final int SENDERS_SHOWN = 3;

    static {
        ROW.add(FetchProfile.Item.ENVELOPE);
        ROW.add(FetchProfile.Item.FLAGS);
        ROW.add(UIDFolder.FetchProfileItem.UID);
    }

    private ConversationRows() {
    }

    static List<ConversationSummary> of(IMAPFolder folder, List<List<Long>> threads) throws MessagingException {
        Map<Long, Message> byUid = fetch(folder, threads.stream().flatMap(List::stream).toList());
        List<ConversationSummary> rows = new ArrayList<>(threads.size());
        for (List<Long> thread : threads) {
            List<Message> members = thread.stream().map(byUid::get).filter(m -> m != null).toList();
            if (!members.isEmpty()) {
                rows.add(summary(folder, members));
            }
        }
        return rows;
    }

    /** The messages with these UIDs that still exist, by UID, with ENVELOPE, FLAGS and UID fetched in one command. */
    static Map<Long, Message> fetch(IMAPFolder folder, List<Long> uids) throws MessagingException {
        long[] wanted = uids.stream().mapToLong(Long::longValue).toArray();
        Message[] found = folder.getMessagesByUID(wanted);
        List<Message> present = new ArrayList<>();
        for (Message message : found) {
            if (message != null && !message.isExpunged()) {
                present.add(message);
            }
        }
        folder.fetch(present.toArray(Message[]::new), ROW);
        Map<Long, Message> byUid = new HashMap<>();
        for (Message message : present) {
            byUid.put(folder.getUID(message), message);
        }
        return byUid;
    }

    /** Members in thread order (the first is the conversation's first message). */
    private static ConversationSummary summary(IMAPFolder folder, List<Message> members) throws MessagingException {
        List<Message> newestFirst = new ArrayList<>(members);
        newestFirst.sort(Comparator.comparing(ConversationRows::dateOf).reversed());
        Set<MailAddress> senders = new LinkedHashSet<>();
        int unread = 0;
        for (Message message : newestFirst) {
            if (senders.size() < SENDERS_SHOWN) {
                senders.add(EnvelopeMapper.sender(message));
            }
            if (!message.isSet(Flags.Flag.SEEN)) {
                unread++;
            }
        }
        Message newest = newestFirst.getFirst();
        return new ConversationSummary(folder.getUID(newest), List.copyOf(senders), EnvelopeMapper.subject(members.getFirst()),
                EnvelopeMapper.date(newest), members.size(), unread);
    }

    static Instant dateOf(Message message) {
        try {
            Instant date = EnvelopeMapper.date(message);
            return date == null ? Instant.EPOCH : date;
        } catch (MessagingException e) {
            return Instant.EPOCH;
        }
    }
}
