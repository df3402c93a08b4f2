package org.webmail.compose;

import java.util.List;

import org.webmail.account.Identity;

/**
 * A message as the user wrote it, checked, ready to become RFC 5322 bytes.
 *
 * @param html        the HTML body from the editor, or null for plain text only (sanitised again when assembled)
 * @param inReplyTo   the Message-ID replied to (with angle brackets), or null
 * @param references  the References chain (RFC 5322 3.6.4), empty for a new message
 * @param attachments files and forwarded messages (message/rfc822), in order
 */
public record ComposedMessage(Identity identity, List<Recipient> to, List<Recipient> cc, List<Recipient> bcc,
                              String subject, String text, String html, List<Attachment> attachments,
                              String inReplyTo, List<String> references) {

    /** Everyone the message is submitted to (SMTP RCPT TO): To, Cc and Bcc, each address once. */
    public List<String> envelopeRecipients() {
        return java.util.stream.Stream.of(to, cc, bcc).flatMap(List::stream).map(Recipient::address).distinct().toList();
    }
}
