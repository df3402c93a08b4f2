package org.webmail.conversation;

import org.webmail.imap.ConversationMessage;
import org.webmail.message.MessageView;

/**
 * One message on the conversation page.
 *
 * @param view     the message as the read view shows it; null for an older message beyond what one page opens
 * @param expanded shown open: unread before this visit, the newest, or the one the reader came from
 */
public record ConversationItem(ConversationMessage message, MessageView view, boolean expanded) {
}
