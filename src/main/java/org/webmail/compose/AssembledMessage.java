package org.webmail.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A message written out as RFC 5322 bytes (CRLF line ends) in a temporary file.
 *
 * @param messageId the Message-ID header value with its angle brackets
 */
public record AssembledMessage(String messageId, Path file) implements AutoCloseable {

    public byte[] bytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
