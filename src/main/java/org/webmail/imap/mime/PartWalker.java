package org.webmail.imap.mime;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a message's MIME tree once, numbering parts as IMAP does (RFC 3501 section 6.4.5), and decides
 * for every part whether it is body, an image shown by Content-ID, or an attachment.
 * One walker reads one message; it is not shared between threads.
 */
final class PartWalker {

    /** Deeper multiparts are handed over as attachments: no real mailer nests twenty levels. */
    static final int MAX_DEPTH = 20;

    /** A message with more parts is hostile or broken; the rest are skipped. */
    static final int MAX_PARTS = 2_000;

    private int partsSeen;

    /**
     * Reads the whole message. A top-level multipart that cannot be parsed throws, so the caller can
     * show the source instead; any failure below the top level is kept in the result's problems.
     */
    Reading walkMessage(MimeMessage message) throws MessagingException, IOException {
        // A message that is not multipart is its own single part "1" (RFC 3501 section 6.4.5).
        PartHead head = PartHead.of(message, "1", "text/plain");
        return head.isMultipart() ? multipart(head, "", 0) : leaf(head, true);
    }

    private Reading walk(Part part, String path, int depth, String defaultType) {
        if (++partsSeen > MAX_PARTS) {
            return new Reading().problem("more than " + MAX_PARTS + " parts: skipped " + path);
        }
        PartHead head = PartHead.of(part, path, defaultType);
        if (!head.isMultipart()) {
            return leaf(head, false);
        }
        if (depth >= MAX_DEPTH) {
            return Reading.attachment(head).problem("nested deeper than " + MAX_DEPTH + " levels at " + path);
        }
        try {
            return multipart(head, path, depth);
        } catch (MessagingException | IOException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            // Partial success: siblings still show, and this subtree stays downloadable as it is.
            return Reading.attachment(head).problem("multipart " + path + " unreadable: " + e);
        }
    }

    private Reading multipart(PartHead head, String path, int depth) throws MessagingException, IOException {
        Multipart multipart = MultipartContent.open(head.part());
        int count = multipart.getCount();
        String subtype = head.mimeType().substring("multipart/".length());
        // RFC 2046 section 5.1.5: in a digest, a part without Content-Type is a message.
        String childDefault = subtype.equals("digest") ? "message/rfc822" : "text/plain";
        List<Reading> children = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String childPath = path.isEmpty() ? String.valueOf(i + 1) : path + "." + (i + 1);
            children.add(child(multipart, i, childPath, depth, childDefault));
        }
        return switch (subtype) {
            case "alternative" -> Reading.alternative(children);
            case "related" -> inOrder(rootFirst(children, relatedRoot(multipart, head)));
            default -> inOrder(children);
        };
    }

    private Reading child(Multipart multipart, int index, String path, int depth, String defaultType) {
        BodyPart part;
        try {
            part = multipart.getBodyPart(index);
        } catch (MessagingException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            return new Reading().problem("part " + path + " unreadable: " + e);
        }
        return walk(part, path, depth + 1, defaultType);
    }

    private Reading leaf(PartHead head, boolean topLevel) {
        String type = head.mimeType();
        boolean text = type.equals("text/plain") || type.equals("text/html");
        // A named text part is a file the sender attached, except when it is the whole message.
        if (text && !head.isAttachmentDisposition() && (topLevel || head.fileName() == null)) {
            return BodyText.read(head);
        }
        if (type.startsWith("image/") && head.contentId() != null) {
            return Reading.cidImage(head);
        }
        return Reading.attachment(head);
    }

    /**
     * RFC 2387 section 3.2: the root of a multipart/related is the part whose Content-ID is the
     * "start" parameter, else the first part.
     */
    private static int relatedRoot(Multipart multipart, PartHead head) {
        String start = head.typeParameter("start");
        if (start == null) {
            return 0;
        }
        String wanted = start.trim().replaceAll("^<|>$", "");
        try {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (wanted.equals(MimeHeaders.contentId(multipart.getBodyPart(i)))) {
                    return i;
                }
            }
        } catch (MessagingException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            return 0;
        }
        return 0;
    }

    private static List<Reading> rootFirst(List<Reading> children, int root) {
        if (root <= 0 || root >= children.size()) {
            return children;
        }
        List<Reading> ordered = new ArrayList<>(children);
        ordered.add(0, ordered.remove(root));
        return ordered;
    }

    /** multipart/mixed and its kin: bodies in order, everything else collected. */
    private static Reading inOrder(List<Reading> children) {
        Reading all = new Reading();
        for (Reading child : children) {
            all.appendBody(child);
            all.absorbParts(child);
        }
        return all;
    }
}
