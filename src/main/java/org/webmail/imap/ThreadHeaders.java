package org.webmail.imap;

import java.util.List;

/**
 * What local threading knows of one message: its UID, Message-ID, the ids it refers to (References, else
 * In-Reply-To, RFC 5322 section 3.6.4) oldest first, and its subject for the fallback.
 */
record ThreadHeaders(long uid, String messageId, List<String> references, String subject) {

    ThreadHeaders {
        references = references == null ? List.of() : List.copyOf(references);
    }
}
