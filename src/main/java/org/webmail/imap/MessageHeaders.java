package org.webmail.imap;

import java.util.List;

/**
 * Threading headers of a message (RFC 5322 3.6.4), message ids with their angle brackets.
 *
 * @param messageId  the Message-ID, or null when the message has none
 * @param references the References ids in order (In-Reply-To's when References is missing), never null
 */
public record MessageHeaders(String messageId, List<String> references) {
}
