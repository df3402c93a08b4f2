package org.webmail.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One open compose form on the server: its id travels in a hidden field, its attachments wait in its own spool
 * directory. Only its owner (the login that opened it) may use it.
 */
public final class ComposeSession {

    private final String id;
    private final String owner;
    private final Path directory;
    private final ComposeForm form = new ComposeForm();
    private volatile Instant lastUsed;

    ComposeSession(String id, String owner, Path directory, Instant now) {
        this.id = id;
        this.owner = owner;
        this.directory = directory;
        this.lastUsed = now;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public ComposeForm form() {
        return form;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    void touch(Instant now) {
        lastUsed = now;
    }

    /** A new file in this session's directory for an attachment's bytes. */
    public Path newFile() {
        try {
            return Files.createTempFile(directory, "att-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the attachments and the directory. */
    void discard() {
        form.attachments.forEach(Attachment::delete);
        form.attachments.clear();
        try (var files = Files.list(directory)) {
            files.forEach(f -> f.toFile().delete());
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            directory.toFile().deleteOnExit();
        }
    }
}
