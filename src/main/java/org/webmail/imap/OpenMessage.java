package org.webmail.imap;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.webmail.imap.mime.MimeReader;

import java.util.List;
import java.util.Properties;

/**
 * A whole message for reading. Up to {@link #WHOLE_SOURCE_LIMIT} bytes the source comes in one
 * {@code FETCH n BODY.PEEK[]} and is parsed here; a larger message is read through the IMAPMessage, which fetches
 * only the parts the reader touches. \Seen is set explicitly and only when asked (RFC 3501 section 6.4.5: BODY.PEEK
 * leaves it alone).
 */
final class OpenMessage {

    static final long WHOLE_SOURCE_LIMIT = 2L * 1024 * 1024;
    /** Parsing only; it never connects anywhere. */
    private static final Session PARSING = Session.getInstance(new Properties());
    private static final FetchProfile HEADERS = new FetchProfile();

    static {
        HEADERS.add(FetchProfile.Item.ENVELOPE);
        HEADERS.add(FetchProfile.Item.FLAGS);
    }

    private final MimeReader reader;

    OpenMessage(MimeReader reader) {
        this.reader = reader;
    }

    MessageDetail run(PooledStore connection, String path, long uid, boolean markSeen) throws MessagingException {
        try (SelectedFolder selected = markSeen ? SelectedFolder.readWrite(connection, path) : SelectedFolder.readOnly(connection, path)) {
            IMAPFolder folder = selected.folder();
            IMAPMessage message = MessageLookup.byUid(folder, path, uid);
            folder.fetch(new Message[]{message}, HEADERS);
            Message envelope = HeaderEnvelope.readable(message);
            // Without an envelope the size is unknown: read through the IMAPMessage, which fetches only what it needs.
            MimeMessage content = !HeaderEnvelope.isStandIn(envelope) && message.getSize() <= WHOLE_SOURCE_LIMIT
                    ? wholeSource(folder, message) : message;
            MimeReader.ReadResult read = reader.read(content);
            if (markSeen && !message.isSet(Flags.Flag.SEEN)) {
                message.setFlag(Flags.Flag.SEEN, true);
            }
            List<MailAddress> from = EnvelopeMapper.addresses(envelope.getFrom());
            List<MailAddress> replyTo = EnvelopeMapper.addresses(envelope.getReplyTo());
            return new MessageDetail(path, uid, from,
                    EnvelopeMapper.addresses(envelope.getRecipients(Message.RecipientType.TO)),
                    EnvelopeMapper.addresses(envelope.getRecipients(Message.RecipientType.CC)),
                    // the ENVELOPE repeats From as Reply-To when there is none (RFC 3501 section 7.4.2): show only a real one
                    replyTo.equals(from) ? List.of() : replyTo,
                    EnvelopeMapper.subject(envelope), EnvelopeMapper.date(envelope), message.isSet(Flags.Flag.FLAGGED),
                    read.textBody(), read.htmlBody(), read.inlineImages(), read.attachments(), read.rawFallback());
        }
    }

    private static MimeMessage wholeSource(IMAPFolder folder, IMAPMessage message) throws MessagingException {
        int number = message.getMessageNumber();
        BODY body = (BODY) folder.doCommand(protocol -> protocol.peekBody(number, null));
        if (body == null) {
            return message; // the server sent no body in the response: read through the IMAPMessage instead
        }
        return new MimeMessage(PARSING, body.getByteArrayInputStream());
    }
}
