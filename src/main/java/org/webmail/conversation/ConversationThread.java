package org.webmail.conversation;

import java.util.List;

/**
 * A conversation as its page shows it, oldest message first.
 *
 * @param notOpened older messages shown as a line with a link only, beyond the ones a page opens
 */
public record ConversationThread(String folder, String subject, List<ConversationItem> items, int notOpened) {
}
