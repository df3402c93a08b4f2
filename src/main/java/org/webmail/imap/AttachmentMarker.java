package org.webmail.imap;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.io.IOException;

/**
 * Decides the paper-clip of a message-list row from its BODYSTRUCTURE (RFC 3501 section 7.4.2) alone:
 * multipart/mixed, or any part with Content-Disposition: attachment (RFC 2183). Only multiparts are opened, and an
 * IMAP multipart is built from the already fetched BODYSTRUCTURE, so no body is downloaded.
 */
final class AttachmentMarker {

    private static final int MAX_DEPTH = 10;

    private AttachmentMarker() {
    }

    static boolean hasAttachment(Part message) {
        try {
            return message.isMimeType("multipart/mixed") || anyAttachment(message, 0);
        } catch (MessagingException e) {
            // The server could not describe a damaged message (GreenMail answers no BODYSTRUCTURE for a multipart
            // without boundary): the row still shows, without a paper-clip.
            return false;
        }
    }

    private static boolean anyAttachment(Part part, int depth) throws MessagingException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return true;
        }
        if (depth >= MAX_DEPTH || !part.isMimeType("multipart/*")) {
            return false;
        }
        try {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                if (anyAttachment(multipart.getBodyPart(i), depth + 1)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | ClassCastException e) {
            return false; // a malformed structure: no paper-clip rather than a broken list
        }
    }
}
