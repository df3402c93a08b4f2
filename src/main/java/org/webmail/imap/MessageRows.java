package org.webmail.imap;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.imap.IMAPFolder;

import java.util.ArrayList;
import java.util.List;

/**
 * The message-list row: one FETCH of ENVELOPE, FLAGS, UID, RFC822.SIZE and BODYSTRUCTURE (RFC 3501 section 6.4.5)
 * for a batch of messages, mapped to {@link MessageSummary}. The folder page and the live updates of new mail both
 * build their rows here, so a pushed row is the same row a reload shows.
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

    /** Fetches the rows of these messages of an open folder, in the order given. */
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
        return new MessageSummary(folder.getUID(message), EnvelopeMapper.sender(message), EnvelopeMapper.subject(message),
                EnvelopeMapper.date(message), Math.max(0, message.getSize()),
                message.isSet(Flags.Flag.SEEN), message.isSet(Flags.Flag.FLAGGED), message.isSet(Flags.Flag.ANSWERED),
                AttachmentMarker.hasAttachment(message));
    }
}
