package org.webmail.imap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies bytes from the server into a temporary file inside the lease, so the connection goes back to the pool
 * before a slow browser downloads them. A failure to read is the server's (it may be a dropped connection and is
 * retried); a failure to write is ours and is reported as such.
 */
final class Spool {

    private Spool() {
    }

    static Path copy(InputStream from) throws IOException {
        Path file = createFile();
        boolean done = false;
        try (InputStream in = from; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int count;
            while ((count = in.read(buffer)) != -1) {
                write(out, buffer, count);
            }
            done = true;
            return file;
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private static Path createFile() {
        try {
            return Files.createTempFile("webmail-", ".spool");
        } catch (IOException e) {
            throw new MailStoreException("No room for a temporary copy of the download: " + e.getMessage(), e);
        }
    }

    private static void write(OutputStream out, byte[] buffer, int count) {
        try {
            out.write(buffer, 0, count);
        } catch (IOException e) {
            throw new MailStoreException("No room for a temporary copy of the download: " + e.getMessage(), e);
        }
    }
}
