package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The decoded bytes of one leaf part, read leniently and never more than a limit.
 *
 * @param bytes     what decoded, at most the limit
 * @param truncated true when the part holds more than the limit
 * @param problem   why reading stopped early, or null
 */
record PartBytes(byte[] bytes, boolean truncated, String problem) {

    static PartBytes read(Part part, String encoding, int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String problem = null;
        try (InputStream in = LenientContentStream.open(part, encoding)) {
            byte[] buffer = new byte[8192];
            int n;
            // One byte past the limit tells "exactly the limit" from "more than the limit".
            while (out.size() <= limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, (long) limit + 1 - out.size()))) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        boolean truncated = out.size() > limit;
        byte[] bytes = out.toByteArray();
        return new PartBytes(truncated ? java.util.Arrays.copyOf(bytes, limit) : bytes, truncated, problem);
    }
}
