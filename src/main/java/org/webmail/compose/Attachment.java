package org.webmail.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to send with a message, kept on disk (never whole in the heap).
 *
 * @param name        the file name as the recipient will see it (Unicode; RFC 2231-encoded in the message)
 * @param contentType the declared or sniffed type, e.g. "application/pdf"
 */
public record Attachment(String name, String contentType, Path file, long size) {

    /** message/rfc822: a whole message forwarded as an attachment (RFC 2046 5.2.1). */
    public boolean isMessage() {
        return "message/rfc822".equalsIgnoreCase(contentType);
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
