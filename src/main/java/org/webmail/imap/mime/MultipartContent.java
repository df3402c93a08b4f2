package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import java.io.IOException;

/** The children of a multipart part, however the activation framework is set up. */
final class MultipartContent {

    private MultipartContent() {
    }

    /**
     * Opens {@code part} as a multipart. On an IMAP message {@code getContent()} answers from the
     * BODYSTRUCTURE; on a parsed message it parses lazily, so a bad boundary surfaces at
     * {@code getCount()}. When no content handler maps the type we parse the part's bytes ourselves.
     */
    static Multipart open(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            return multipart;
        }
        if (part instanceof MimePart mime) {
            return new MimeMultipart(new MimePartDataSource(mime));
        }
        throw new MessagingException("not a multipart: " + (content == null ? "null" : content.getClass().getName()));
    }
}
