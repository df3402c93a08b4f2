package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Finds the part an IMAP part specifier names (RFC 3501 section 6.4.5), numbered exactly as
 * {@link PartWalker} numbers attachments: the body of a non-multipart message is "1", children of a
 * multipart are 1, 2, 3, nested ones 1.1, 1.2; a number after a message/rfc822 part indexes into the
 * body of the message it encloses.
 */
final class PartLocator {

    /** Deeper than the walker ever numbers, with room for a few enclosed messages. */
    private static final int MAX_SEGMENTS = 64;

    private static final Pattern PART_PATH = Pattern.compile("[1-9][0-9]{0,5}(\\.[1-9][0-9]{0,5})*");

    private PartLocator() {
    }

    static Part locate(MimeMessage message, String path) throws MessagingException, IOException {
        if (path == null || !PART_PATH.matcher(path).matches()) {
            return null;
        }
        String[] segments = path.split("\\.");
        if (segments.length > MAX_SEGMENTS) {
            return null;
        }
        Part current = message;
        boolean insideMessage = true; // current is a message whose body the next number indexes
        for (String segment : segments) {
            int number = Integer.parseInt(segment);
            if (!insideMessage && isMessage(current)) {
                Object enclosed = current.getContent();
                if (!(enclosed instanceof MimeMessage inner)) {
                    return null;
                }
                current = inner;
                insideMessage = true;
            }
            current = insideMessage ? bodyPart(current, number) : child(current, number);
            insideMessage = false;
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Part {@code number} of a message's body: a child when the body is multipart, else the body itself. */
    private static Part bodyPart(Part message, int number) throws MessagingException, IOException {
        if (isMultipart(message)) {
            return child(message, number);
        }
        return number == 1 ? message : null;
    }

    private static Part child(Part part, int number) throws MessagingException, IOException {
        if (!isMultipart(part)) {
            return null;
        }
        Multipart multipart = MultipartContent.open(part);
        return number <= multipart.getCount() ? multipart.getBodyPart(number - 1) : null;
    }

    private static boolean isMultipart(Part part) {
        return PartHead.mimeTypeOf(part, "text/plain").startsWith("multipart/");
    }

    private static boolean isMessage(Part part) {
        String type = PartHead.mimeTypeOf(part, "text/plain");
        return type.equals("message/rfc822") || type.equals("message/global");
    }
}
