package org.webmail.imap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bytes copied out of the server into a temporary file; the caller streams it and then deletes it. */
public record SpooledContent(String fileName, String contentType, long size, Path file) implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
