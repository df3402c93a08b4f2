package org.webmail.imap;

import java.time.Instant;

/** A row of the message list: just what the ENVELOPE, FLAGS, RFC822.SIZE and BODYSTRUCTURE fetch gives. */
public record MessageSummary(long uid, MailAddress from, String subject, Instant date, long size,
                             boolean seen, boolean flagged, boolean answered, boolean hasAttachment) {
}
