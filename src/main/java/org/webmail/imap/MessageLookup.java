package org.webmail.imap;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;

/** Finds a message by UID (RFC 3501 section 2.3.1.1) in a selected folder. */
final class MessageLookup {

    private MessageLookup() {
    }

    /** Never sets \Seen by itself: every body fetch of the returned message uses BODY.PEEK. */
    static IMAPMessage byUid(IMAPFolder folder, String path, long uid) throws MessagingException {
        IMAPMessage message = uid > 0 ? (IMAPMessage) folder.getMessageByUID(uid) : null;
        if (message == null || message.isExpunged()) {
            throw new MessageNotFoundException("There is no message " + uid + " in \"" + path + "\"; it may have been moved or deleted.");
        }
        message.setPeek(true);
        return message;
    }
}
