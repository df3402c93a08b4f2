package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import org.jboss.logging.Logger;

/**
 * The message source as text, for when its MIME structure cannot be understood: the header lines as
 * received, a blank line, then the body bytes as they are, cut at a limit and decoded leniently.
 */
final class RawSource {

    private static final Logger LOG = Logger.getLogger(RawSource.class);

    /** One megabyte of source is far more than a reader scrolls through. */
    static final int MAX_BYTES = 1024 * 1024;

    private RawSource() {
    }

    static String read(MimeMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Enumeration<String> lines = message.getAllHeaderLines();
            while (lines.hasMoreElements() && out.size() < MAX_BYTES) {
                out.writeBytes(headerBytes(lines.nextElement()));
                out.writeBytes(new byte[] {'\r', '\n'});
            }
        } catch (MessagingException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            LOG.debugf("source headers unreadable: %s", e);
        }
        out.writeBytes(new byte[] {'\r', '\n'});
        // The raw stream, not getInputStream(): no transfer decoding that could fail again. On IMAP it
        // streams BODY[TEXT] in chunks, so closing early avoids fetching a huge body.
        try (InputStream body = message.getRawInputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while (out.size() < MAX_BYTES && (n = body.read(buffer, 0, Math.min(buffer.length, MAX_BYTES - out.size()))) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            LOG.debugf("source body unreadable after %d bytes: %s", out.size(), e);
        }
        return decode(out.toByteArray());
    }

    /** Header lines come back one char per byte unless the session allowed UTF-8: restore the bytes. */
    private static byte[] headerBytes(String line) {
        boolean bytesOnly = line.chars().allMatch(c -> c <= 0xFF);
        return line.getBytes(bytesOnly ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** UTF-8 when valid (allowing a sequence cut at the limit), else ISO-8859-1 read as windows-1252. */
    private static String decode(byte[] bytes) {
        int end = bytes.length;
        for (int back = 0; back < 3 && end > 0 && (bytes[end - 1] & 0xC0) == 0x80; back++) {
            end--;
        }
        if (end > 0 && (bytes[end - 1] & 0xC0) == 0xC0) {
            end--; // a lead byte whose continuation was cut off
        }
        if (LenientCharset.isUtf8(bytes, end)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return new String(bytes, LenientCharset.WINDOWS_1252);
    }
}
