package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.webmail.imap.AttachmentInfo;
import org.webmail.imap.InlineImage;

/**
 * Turns a message into what the read view shows: body text and HTML, inline images, attachments.
 *
 * <p>Works on any {@link MimeMessage}, parsed from bytes or an IMAP message, through the Part and
 * Multipart API only. Reading never throws: what a broken message still yields is kept, and when its
 * structure cannot be parsed at all the source is returned as {@code rawFallback} instead.
 * Stateless apart from its limit, so one instance may serve every thread.
 */
public final class MimeReader {

    private static final Logger LOG = Logger.getLogger(MimeReader.class);

    private final int maxInlineImageBytes;

    /** @param maxInlineImageBytes images larger than this are offered as attachments instead of shown inline */
    public MimeReader(int maxInlineImageBytes) {
        this.maxInlineImageBytes = Math.max(0, maxInlineImageBytes);
    }

    /**
     * @param textBody        the text/plain body, or null when the message has none
     * @param htmlBody        the text/html body (not sanitised), or null when the message has none
     * @param inlineImages    images the HTML references by cid:, Content-ID without angle brackets
     * @param attachments     parts to download, in part order
     * @param rawFallback     the message source as text when the structure could not be parsed, else null
     * @param hasAttachments  whether {@code attachments} is non-empty
     */
    public record ReadResult(String textBody, String htmlBody, List<InlineImage> inlineImages,
                             List<AttachmentInfo> attachments, String rawFallback, boolean hasAttachments) {
    }

    /**
     * Reads a whole message into what the read view needs; never throws on bad MIME: fills rawFallback instead.
     *
     * @throws org.webmail.imap.MailServerUnavailableException when an IMAP message loses its connection meanwhile
     * @throws org.webmail.imap.MessageNotFoundException when an IMAP message is expunged meanwhile
     */
    public ReadResult read(MimeMessage message) {
        try {
            Reading reading = new PartWalker().walkMessage(message);
            if (reading.isEmpty() && !reading.problems.isEmpty()) {
                return fallback(message, String.join("; ", reading.problems));
            }
            return result(reading);
        } catch (MessagingException | IOException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            return fallback(message, e.toString());
        }
    }

    /**
     * Finds the part at an IMAP part specifier ("2", "1.3"), or null. Same numbering as AttachmentInfo.partPath.
     * Throws like {@link #read} when the connection is lost, rather than answer null for a part that exists.
     */
    public Part locate(MimeMessage message, String partPath) {
        try {
            return PartLocator.locate(message, partPath);
        } catch (MessagingException | IOException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            LOG.debugf("part %s not found: %s", partPath, e);
            return null;
        }
    }

    /**
     * Opens the decoded content of a part found by {@link #locate}. Base64 and quoted-printable are undone
     * leniently, so a part cut off in transit yields the bytes that arrived instead of failing at its end
     * as {@link Part#getInputStream()} does.
     */
    public InputStream openContent(Part part) throws IOException {
        try {
            String encoding = MimeHeaders.encoding(part);
            return LenientContentStream.open(part, encoding == null ? null : encoding.trim().toLowerCase(Locale.ROOT));
        } catch (MessagingException e) {
            ConnectionLoss.rethrow(e);
            throw new IOException("part content unreadable", e);
        }
    }

    private ReadResult result(Reading reading) {
        InlineImages.Split split = InlineImages.split(reading, maxInlineImageBytes);
        List<AttachmentInfo> attachments = split.attachments().stream()
                .sorted(Comparator.comparing(PartHead::path, MimeReader::comparePaths))
                .map(head -> new AttachmentInfo(head.path(), AttachmentNamer.name(head), head.mimeType(), head.size()))
                .toList();
        if (!reading.problems.isEmpty()) {
            LOG.debugf("message read with problems: %s", reading.problems);
        }
        return new ReadResult(reading.text(), reading.html(), List.copyOf(split.images()), attachments, null,
                !attachments.isEmpty());
    }

    private static ReadResult fallback(MimeMessage message, String reason) {
        LOG.debugf("MIME structure unreadable, showing the source: %s", reason);
        return new ReadResult(null, null, List.of(), List.of(), RawSource.read(message), false);
    }

    /** Orders "2" before "10" and "1.2" before "1.10": numerically, segment by segment. */
    static int comparePaths(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = Long.compare(parse(left[i]), parse(right[i]));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static long parse(String segment) {
        try {
            return Long.parseLong(segment);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
