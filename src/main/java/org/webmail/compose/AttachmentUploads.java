package org.webmail.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Adds uploaded files to a compose form and removes them. Files arrive on disk (Quarkus streams multipart bodies
 * to its uploads directory) and are moved into the form's own directory, never read into the heap.
 */
@ApplicationScoped
public class AttachmentUploads {

    private final long maxMessageSize;

    @Inject
    public AttachmentUploads(@ConfigProperty(name = "webmail.compose.max-message-size", defaultValue = "25M") MemorySize max) {
        this(max.asLongValue());
    }

    public AttachmentUploads(long maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    public long maxMessageSize() {
        return maxMessageSize;
    }

    /**
     * @param uploaded the file as the server received it; moved away on success, left for the server to delete otherwise
     */
    public Attachment add(ComposeSession session, String fileName, String declaredType, Path uploaded) {
        String raw = fileName == null ? "" : fileName;
        // Some browsers send the whole client path; the recipient only sees the last part.
        String name = HeaderText.singleLine(raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1));
        String shown = name.isEmpty() ? "attachment" : name;
        long size = size(uploaded);
        if (size == 0) {
            throw new ComposeProblem(w -> w.uploadEmpty(shown));
        }
        ComposeForm form = session.form();
        long total = form.attachmentBytes() + size;
        if (total > maxMessageSize) {
            throw new ComposeProblem(w -> w.uploadTooBig(shown, human(size, w), human(total, w), human(maxMessageSize, w)));
        }
        Path kept = session.newFile();
        try {
            Files.move(uploaded, kept, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Attachment attachment = new Attachment(shown, ContentTypes.of(shown, declaredType), kept, size);
        form.attachments.add(attachment);
        return attachment;
    }

    /** Adds a file that is already in the session's directory (a forwarded or resumed attachment). */
    public void carry(ComposeSession session, Attachment attachment) {
        session.form().attachments.add(attachment);
    }

    /** Removes attachment number {@code index} (0-based, as the form lists them); an unknown number does nothing. */
    public void remove(ComposeSession session, int index) {
        var list = session.form().attachments;
        if (index >= 0 && index < list.size()) {
            list.remove(index).delete();
        }
    }

    /** The size check before sending: forwarded attachments count too. */
    public void checkTotal(ComposeForm form) {
        if (form.attachmentBytes() > maxMessageSize) {
            long total = form.attachmentBytes();
            throw new ComposeProblem(w -> w.attachmentsTooBig(human(total, w), human(maxMessageSize, w)));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String human(long bytes) {
        return human(bytes, Locale.ROOT);
    }

    /** In the words' language: the decimal comma of "1,5 MB" in Portuguese. */
    static String human(long bytes, ComposeMessages words) {
        return human(bytes, Locale.forLanguageTag(words.languageTag()));
    }

    static String human(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.0f KB", bytes / 1024.0);
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
