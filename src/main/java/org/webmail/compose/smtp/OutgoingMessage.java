package org.webmail.compose.smtp;

import java.util.List;

/**
 * A composed message handed to the outbox: the exact bytes to submit and what to do once it is accepted.
 *
 * @param login       the webmail user sending it (their own SMTP credentials are used)
 * @param envelopeFrom the identity address (SMTP MAIL FROM)
 * @param recipients  every To, Cc and Bcc address (SMTP RCPT TO); Bcc is not in the bytes
 * @param messageId   the Message-ID header value, with angle brackets
 * @param subject     for the delivery log
 * @param rfc822      the message as it will be submitted (RFC 5322, CRLF line ends)
 * @param afterSend   the draft to remove and the original to flag when the send succeeds
 */
public record OutgoingMessage(String login, String envelopeFrom, List<String> recipients, String messageId, String subject,
                              byte[] rfc822, AfterSend afterSend) {

    /**
     * Follow-up work once the server accepted the message; any field may be null.
     *
     * @param draftFolder / draftUid       the draft this message was sent from, removed after sending
     * @param originalFolder / originalUid the message replied to or forwarded, flagged \Answered or $Forwarded
     * @param forwarded                    true for a forward ($Forwarded), false for a reply (\Answered)
     */
    public record AfterSend(String draftFolder, Long draftUid, String originalFolder, Long originalUid, boolean forwarded) {

        public static AfterSend nothing() {
            return new AfterSend(null, null, null, null, false);
        }
    }
}
