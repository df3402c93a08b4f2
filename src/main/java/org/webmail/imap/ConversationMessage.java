package org.webmail.imap;

import java.time.Instant;

/**
 * One message of a conversation, where it lives and what its header line shows.
 *
 * @param sent whether it is the user's own message found in their Sent folder
 */
public record ConversationMessage(String folder, long uid, MailAddress from, String subject, Instant date, boolean seen,
                                  boolean sent) {
}
