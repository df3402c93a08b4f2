package org.webmail.imap;

import java.time.Instant;
import java.util.List;

/**
 * A message ready to read. Bodies are raw (not yet sanitised): rendering is message.render's job.
 *
 * @param textBody      the text/plain body, or null
 * @param htmlBody      the text/html body, or null
 * @param inlineImages  parts referenced by cid: from the HTML body
 * @param attachments   parts the user may download
 * @param rawFallback   when the MIME structure could not be parsed: the message source as text, else null
 */
public record MessageDetail(String folder, long uid, List<MailAddress> from, List<MailAddress> to, List<MailAddress> cc,
                            List<MailAddress> replyTo, String subject, Instant date, boolean flagged,
                            String textBody, String htmlBody, List<InlineImage> inlineImages,
                            List<AttachmentInfo> attachments, String rawFallback) {
}
