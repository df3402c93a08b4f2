package org.webmail.imap;

import java.time.Instant;
import java.util.List;

/**
 * A row of the conversation list.
 *
 * @param uid      the newest message of the conversation, which names it in links
 * @param senders  the distinct senders of its latest messages, newest first (at most three)
 * @param subject  the subject of its first message
 * @param date     when its newest message was sent
 * @param messages how many of its messages are in the folder
 * @param unread   how many of those lack \Seen
 */
public record ConversationSummary(long uid, List<MailAddress> senders, String subject, Instant date, int messages, int unread) {
}
