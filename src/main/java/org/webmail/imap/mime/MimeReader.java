package org.webmail.imap.mime;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.webmail.imap.AttachmentInfo;
import org.webmail.imap.InlineImage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PLACEHOLDER written by the imap helper only so that its branch compiles and its tests can open a simple
 * message; the MIME helper's MimeReader (same API) replaces this file at merge. It understands only
 * text/plain, text/html and attachments in (nested) multiparts, and no inline images.
 */
public final class MimeReader {

    private final int maxInlineImageBytes;

    public MimeReader(int maxInlineImageBytes) {
        this.maxInlineImageBytes = maxInlineImageBytes;
    }

    /** Reads a whole message into what the read view needs; never throws on bad MIME: fills rawFallback instead. */
    public ReadResult read(MimeMessage message) {
        Bodies bodies = new Bodies();
        try {
            walk(message, "", bodies);
            return new ReadResult(bodies.text, bodies.html, List.of(), bodies.attachments, null, !bodies.attachments.isEmpty());
        } catch (MessagingException | IOException | RuntimeException e) {
            return new ReadResult(null, null, List.of(), List.of(), rawSource(message), false);
        }
    }

    /** Finds the part at an IMAP part specifier ("2", "1.3"), or null. Same numbering as AttachmentInfo.partPath. */
    public Part locate(MimeMessage message, String partPath) {
        try {
            Part current = message;
            for (String step : partPath.split("\\.")) {
                if (!current.isMimeType("multipart/*")) {
                    return step.equals("1") ? current : null; // RFC 3501 6.4.5: a non-multipart body is part 1
                }
                Multipart multipart = (Multipart) current.getContent();
                int index = Integer.parseInt(step) - 1;
                if (index < 0 || index >= multipart.getCount()) {
                    return null;
                }
                current = multipart.getBodyPart(index);
            }
            return current;
        } catch (MessagingException | IOException | NumberFormatException e) {
            return null;
        }
    }

    public record ReadResult(String textBody, String htmlBody, List<InlineImage> inlineImages,
                             List<AttachmentInfo> attachments, String rawFallback, boolean hasAttachments) {
    }

    private static final class Bodies {
        String text;
        String html;
        final List<AttachmentInfo> attachments = new ArrayList<>();
    }

    private void walk(Part part, String path, Bodies bodies) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, path.isEmpty() ? Integer.toString(i + 1) : path + "." + (i + 1), bodies);
            }
            return;
        }
        String partPath = path.isEmpty() ? "1" : path;
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (!attachment && part.isMimeType("text/plain") && bodies.text == null) {
            bodies.text = part.getContent().toString();
        } else if (!attachment && part.isMimeType("text/html") && bodies.html == null) {
            bodies.html = part.getContent().toString();
        } else {
            String name = part.getFileName() == null ? "part-" + partPath : MimeUtility.decodeText(part.getFileName());
            bodies.attachments.add(new AttachmentInfo(partPath, name, part.getContentType(), part.getSize()));
        }
    }

    private static String rawSource(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (MessagingException | IOException e) {
            return "";
        }
    }
}
