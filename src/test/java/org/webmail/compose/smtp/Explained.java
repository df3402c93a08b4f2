package org.webmail.compose.smtp;

import org.webmail.compose.ComposeMessages;
import org.webmail.support.EnglishWords;

/** A stored explanation (a code) in the English a user reads on the delivery log. */
final class Explained {

    private static final ComposeMessages ENGLISH = EnglishWords.of(ComposeMessages.class);

    private Explained() {
    }

    static String english(String stored) {
        return ReplyExplanation.words(stored, ENGLISH);
    }
}
