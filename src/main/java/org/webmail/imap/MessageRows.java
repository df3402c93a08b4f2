package org.webmail.imap;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * Message-list rows for given messages of an open folder: one FETCH of ENVELOPE, FLAGS, UID, RFC822.SIZE and
 * BODYSTRUCTURE (RFC 3501 section 6.4.5) for just those messages, mapped to {@link MessageSummary}. Shared by the
 * folder list, search results and live updates of new mail, so a found or pushed row is the row a reload shows.
 */
final class MessageRows {

    private static final FetchProfile ROW = new FetchProfile();

    static {
        ROW.add(FetchProfile.Item.ENVELOPE); // Angus adds INTERNALDATE and RFC822.SIZE to it
        ROW.add(FetchProfile.Item.FLAGS);
        ROW.add(FetchProfile.Item.CONTENT_INFO); // BODYSTRUCTURE, for the attachment marker
        ROW.add(FetchProfile.Item.SIZE);
        ROW.add(UIDFolder.FetchProfileItem.UID);
    }

    private MessageRows() {
    }

    /** Rows for messages by sequence number, in the order given. */
    static List<MessageSummary> bySequenceNumbers(IMAPFolder folder, int[] numbers) throws MessagingException {
        return fetch(folder, folder.getMessages(numbers));
    }

    /**
     * Rows for messages by UID, in the order given. A UID that no longer exists (expunged by another client since
     * the search) has no row.
     */
    static List<MessageSummary> byUids(IMAPFolder folder, long[] uids) throws MessagingException {
        if (uids.length == 0) {
            return List.of();
        }
        List<Message> present = new ArrayList<>(uids.length);
        for (Message message : folder.getMessagesByUID(uids)) {
            if (message != null) {
                present.add(message);
            }
        }
        return fetch(folder, present.toArray(Message[]::new));
    }

    /** Rows for these messages, in the order given; one expunged meanwhile (another client) has none. */
    static List<MessageSummary> fetch(IMAPFolder folder, Message[] messages) throws MessagingException {
        folder.fetch(messages, ROW);
        List<MessageSummary> rows = new ArrayList<>(messages.length);
        for (Message message : messages) {
            if (!message.isExpunged()) {
                rows.add(summary(folder, message));
            }
        }
        return rows;
    }

    private static MessageSummary summary(IMAPFolder folder, Message message) throws MessagingException {
        Message envelope = HeaderEnvelope.readable((IMAPMessage) message);
        long size = HeaderEnvelope.isStandIn(envelope) ? 0 : Math.max(0, message.getSize());
        return new MessageSummary(folder.getUID(message), EnvelopeMapper.sender(envelope), EnvelopeMapper.subject(envelope),
                EnvelopeMapper.date(envelope), size,
                message.isSet(Flags.Flag.SEEN), message.isSet(Flags.Flag.FLAGGED), message.isSet(Flags.Flag.ANSWERED),
                AttachmentMarker.hasAttachment(message));
    }
}
