package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;

/** The decoded bytes of a located part, as a download would stream them. */
final class PartContent {

    private PartContent() {
    }

    /** Through {@link MimeReader#openContent}, which keeps what decodes of a damaged part. */
    static byte[] lenientBytes(MimeReader reader, Part part) {
        if (part == null) {
            throw new AssertionError("no part located");
        }
        try (InputStream in = reader.openContent(part)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError("located part unreadable", e);
        }
    }

    /** Through {@link Part#getInputStream()}, as any Jakarta Mail code would read it. */
    static byte[] bytes(Part part) {
        if (part == null) {
            throw new AssertionError("no part located");
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException e) {
            throw new AssertionError("located part unreadable", e);
        }
    }
}
