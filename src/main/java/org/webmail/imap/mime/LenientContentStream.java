package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The content of a part with its transfer encoding undone leniently, as a stream.
 *
 * <p>Jakarta Mail's own decoders throw at the first bad character or at a cut-off end and lose the
 * bytes before it; a truncated message should still show its first paragraphs and a truncated
 * download should still hold what arrived. So for base64 and quoted-printable we read the raw
 * stream (on IMAP: BODY[section], fetched in chunks) and decode it ourselves.
 */
final class LenientContentStream extends InputStream {

    private final InputStream raw;
    private final LenientDecoding decoder;
    private final byte[] chunk = new byte[8192];
    private final ByteArrayOutputStream decoded = new ByteArrayOutputStream();
    private byte[] ready = new byte[0];
    private int position;
    private boolean ended;

    private LenientContentStream(InputStream raw, LenientDecoding decoder) {
        this.raw = raw;
        this.decoder = decoder;
    }

    /** Opens the decoded content of {@code part}, whose Content-Transfer-Encoding is {@code encoding}. */
    static InputStream open(Part part, String encoding) throws MessagingException, IOException {
        LenientDecoding decoder = LenientDecoding.forEncoding(encoding);
        boolean identity = encoding == null || encoding.isEmpty() || encoding.equals("7bit")
                || encoding.equals("8bit") || encoding.equals("binary");
        if (decoder == null && !identity) {
            try {
                return part.getInputStream(); // uuencode and the like: Jakarta Mail knows them
            } catch (MessagingException | IOException e) {
                ConnectionLoss.rethrow(e);
                // RFC 2049 section 2 item 7: an unknown encoding means an opaque part; raw bytes are best.
                return rawStream(part);
            }
        }
        InputStream raw = rawStream(part);
        return decoder == null ? raw : new LenientContentStream(raw, decoder);
    }

    private static InputStream rawStream(Part part) throws MessagingException, IOException {
        if (part instanceof MimeBodyPart body) {
            return body.getRawInputStream();
        }
        if (part instanceof MimeMessage message) {
            return message.getRawInputStream();
        }
        return part.getInputStream();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == ready.length) {
            if (ended) {
                return -1;
            }
            refill();
        }
        int n = Math.min(length, ready.length - position);
        System.arraycopy(ready, position, buffer, offset, n);
        position += n;
        return n;
    }

    private void refill() throws IOException {
        int n = raw.read(chunk);
        if (n < 0) {
            decoder.end(decoded);
            ended = true;
        } else {
            decoder.feed(chunk, n, decoded);
        }
        ready = decoded.toByteArray();
        decoded.reset();
        position = 0;
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }
}
