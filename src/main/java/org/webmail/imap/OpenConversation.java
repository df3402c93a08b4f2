package org.webmail.imap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The conversation holding one message: its messages in the folder (as {@link ThreadFolder} groups them) plus the
 * user's own from Sent ({@link SentReplies}), oldest first. The folder is closed before Sent is selected: one
 * connection, one selected mailbox (RFC 3501 section 6.3.1).
 */
final class OpenConversation {

    private static final FetchProfile REFERENCES = new FetchProfile();

    static {
        REFERENCES.add("References");
        REFERENCES.add("In-Reply-To");
        REFERENCES.add("Message-ID");
    }

    private final ThreadFolder threadFolder;

    OpenConversation(ThreadFolder threadFolder) {
        this.threadFolder = threadFolder;
    }

    Conversation run(PooledStore connection, String path, long uid, String sentPath) throws MessagingException {
        List<ConversationMessage> messages = new ArrayList<>();
        Set<String> ownIds = new LinkedHashSet<>();
        Set<String> referred = new LinkedHashSet<>();
        String subject;
        try (SelectedFolder selected = SelectedFolder.readOnly(connection, path)) {
            IMAPFolder folder = selected.folder();
            MessageLookup.byUid(folder, path, uid); // a plain "not found" for a UID that is gone
            List<Long> thread = threadFolder.of(connection, folder).newestFirst().stream()
                    .filter(t -> t.contains(uid)).findFirst().orElse(List.of(uid));
            Map<Long, Message> byUid = ConversationRows.fetch(folder, thread);
            List<Message> members = thread.stream().map(byUid::get).filter(m -> m != null).toList();
            folder.fetch(members.toArray(Message[]::new), REFERENCES);
            subject = EnvelopeMapper.subject(members.getFirst());
            for (Message message : newestFirst(members)) {
                messages.add(entry(path, folder, message, false));
                addId(ownIds, messageId(message));
                WindowThreads.headersOf(folder, message).references().forEach(referred::add);
            }
        }
        referred.removeAll(ownIds);
        if (sentPath != null && !sentPath.equals(path)) {
            addSent(connection, sentPath, ownIds, referred, messages);
        }
        messages.sort(Comparator.comparing(ConversationMessage::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ConversationMessage::sent).thenComparingLong(ConversationMessage::uid));
        return new Conversation(path, subject, messages);
    }

    private static void addSent(PooledStore connection, String sentPath, Set<String> ownIds, Set<String> referred,
                                List<ConversationMessage> into) throws MessagingException {
        try (SelectedFolder sent = SelectedFolder.readOnly(connection, sentPath)) {
            for (Message message : SentReplies.find(sent.folder(), List.copyOf(ownIds), referred)) {
                String id = messageId(message);
                if (id == null || !ownIds.contains(id.strip())) { // a copy the folder already holds is shown once
                    into.add(entry(sentPath, sent.folder(), message, true));
                }
            }
        }
    }

    private static List<Message> newestFirst(List<Message> members) {
        List<Message> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(ConversationRows::dateOf).reversed());
        return sorted;
    }

    private static void addId(Set<String> ids, String messageId) {
        String id = MessageIds.first(messageId);
        if (id != null) {
            ids.add(id);
        }
    }

    /** From the header, not the ENVELOPE: a hostile message's envelope may not parse (see HeaderEnvelope). */
    private static String messageId(Message message) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        return ids == null || ids.length == 0 ? null : ids[0];
    }

    private static ConversationMessage entry(String path, IMAPFolder folder, Message message, boolean sent) throws MessagingException {
        return new ConversationMessage(path, folder.getUID(message), EnvelopeMapper.sender(message), EnvelopeMapper.subject(message),
                EnvelopeMapper.date(message), message.isSet(Flags.Flag.SEEN), sent);
    }
}
