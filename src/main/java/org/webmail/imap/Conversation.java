package org.webmail.imap;

import java.util.List;

/** A conversation's messages, oldest first, the user's replies from Sent among them. */
public record Conversation(String folder, String subject, List<ConversationMessage> messages) {
}
