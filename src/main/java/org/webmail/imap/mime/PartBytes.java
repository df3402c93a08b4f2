package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The decoded bytes of one leaf part, read leniently and never more than a limit.
 *
 * <p>We undo base64 and quoted-printable ourselves from the raw stream because Jakarta Mail's decoders
 * throw at the first bad character and lose what came before it; a truncated message should still show
 * its first paragraphs. Other encodings go through {@link Part#getInputStream()}.
 *
 * @param bytes     what decoded, at most the limit
 * @param truncated true when the part holds more than the limit
 * @param problem   why decoding stopped early, or null
 */
record PartBytes(byte[] bytes, boolean truncated, String problem) {

    static PartBytes read(Part part, String encoding, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String problem = null;
        try (InputStream in = open(part, encoding)) {
            copy(in, out, encoding, limit + 1);
        } catch (IOException | MessagingException | RuntimeException e) {
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        byte[] bytes = out.toByteArray();
        boolean truncated = bytes.length > limit;
        return new PartBytes(truncated ? Arrays.copyOf(bytes, (int) limit) : bytes, truncated, problem);
    }

    private static InputStream open(Part part, String encoding) throws MessagingException, IOException {
        boolean ourDecoder = "base64".equals(encoding) || "quoted-printable".equals(encoding) || isIdentity(encoding);
        if (ourDecoder && part instanceof MimeBodyPart body) {
            return body.getRawInputStream();
        }
        if (ourDecoder && part instanceof MimeMessage message) {
            return message.getRawInputStream();
        }
        try {
            return part.getInputStream();
        } catch (MessagingException | IOException e) {
            // An unknown Content-Transfer-Encoding ("x-weird"): RFC 2049 section 2 item 7 says to treat
            // the part as opaque; the raw bytes are the best we can show.
            if (part instanceof MimeBodyPart body) {
                return body.getRawInputStream();
            }
            if (part instanceof MimeMessage message) {
                return message.getRawInputStream();
            }
            throw e;
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out, String encoding, long limit) throws IOException {
        if ("base64".equals(encoding)) {
            LenientDecoding.base64(new java.io.BufferedInputStream(in), out, limit);
        } else if ("quoted-printable".equals(encoding)) {
            LenientDecoding.quotedPrintable(new java.io.BufferedInputStream(in), out, limit);
        } else {
            byte[] buffer = new byte[8192];
            int n;
            while (out.size() < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) > 0) {
                out.write(buffer, 0, n);
            }
        }
    }

    private static boolean isIdentity(String encoding) {
        return encoding == null || encoding.isEmpty() || "7bit".equals(encoding) || "8bit".equals(encoding)
                || "binary".equals(encoding);
    }
}
