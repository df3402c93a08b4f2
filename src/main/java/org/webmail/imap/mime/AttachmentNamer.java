package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Map;

/**
 * The file name a person sees for a downloadable part: the sender's decoded name when there is one,
 * the Subject plus ".eml" for a forwarded message, else "attachment-{path}.{extension}".
 * Names are cut to a single path segment without control characters, at most 255 characters.
 */
final class AttachmentNamer {

    static final int MAX_NAME = 255;

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", "pdf"), Map.entry("application/zip", "zip"),
            Map.entry("application/json", "json"), Map.entry("application/xml", "xml"),
            Map.entry("application/msword", "doc"), Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"), Map.entry("application/rtf", "rtf"),
            Map.entry("application/pkcs7-signature", "p7s"), Map.entry("application/pgp-signature", "asc"),
            Map.entry("application/ics", "ics"), Map.entry("text/calendar", "ics"), Map.entry("text/plain", "txt"),
            Map.entry("text/html", "html"), Map.entry("text/csv", "csv"), Map.entry("text/xml", "xml"),
            Map.entry("text/vcard", "vcf"), Map.entry("text/x-vcard", "vcf"), Map.entry("image/png", "png"),
            Map.entry("image/jpeg", "jpg"), Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"),
            Map.entry("image/svg+xml", "svg"), Map.entry("image/bmp", "bmp"), Map.entry("image/tiff", "tif"),
            Map.entry("audio/mpeg", "mp3"), Map.entry("audio/ogg", "ogg"), Map.entry("audio/wav", "wav"),
            Map.entry("video/mp4", "mp4"), Map.entry("video/webm", "webm"), Map.entry("message/rfc822", "eml"),
            Map.entry("message/global", "eml"), Map.entry("message/delivery-status", "txt"),
            Map.entry("message/disposition-notification", "txt"), Map.entry("text/rfc822-headers", "txt"));

    private AttachmentNamer() {
    }

    static String name(PartHead head) {
        if (head.fileName() != null) {
            String cleaned = clean(lastSegment(head.fileName()));
            if (!cleaned.isEmpty()) {
                return cleaned;
            }
        }
        if (head.mimeType().equals("message/rfc822") || head.mimeType().equals("message/global")) {
            String subject = clean(forwardedSubject(head).replace('/', '-').replace('\\', '-'));
            if (!subject.isEmpty()) {
                return fit(subject, ".eml");
            }
        }
        return "attachment-" + head.path() + "." + extension(head.mimeType());
    }

    static String extension(String mimeType) {
        String known = EXTENSIONS.get(mimeType);
        if (known != null) {
            return known;
        }
        // A multipart cut off by the nesting limit downloads as its MIME text.
        return mimeType.startsWith("text/") || mimeType.startsWith("multipart/") ? "txt" : "bin";
    }

    private static String forwardedSubject(PartHead head) {
        try {
            Object content = head.part().getContent();
            if (content instanceof MimeMessage message) {
                String subject = HeaderText.decode(message.getSubject());
                return subject == null ? "" : subject;
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            // The name is a courtesy: fall back to the generic one rather than lose the attachment.
            return "";
        }
        return "";
    }

    /** Drops any directory a sender put in the name ("C:\\Users\\x\\a.pdf", "../../a.pdf"). */
    private static String lastSegment(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    private static String clean(String name) {
        // The extension is taken before anything is cut, so a 200 KB name still ends in ".pdf".
        int dot = name.lastIndexOf('.');
        boolean shortExtension = dot > 0 && name.length() - dot >= 2 && name.length() - dot <= 16;
        String extension = shortExtension ? printable(name.substring(dot)).replace(" ", "") : "";
        String base = printable(shortExtension ? name.substring(0, dot) : name);
        // Dots at either end hide the file or vanish on Windows.
        base = base.replaceAll("^[.\\s]+|[.\\s]+$", "");
        return base.isEmpty() ? "" : fit(base, extension);
    }

    /** Control characters become spaces, runs of white space one space; long input is cut early. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 2 * MAX_NAME));
        for (int i = 0; i < text.length() && out.length() < 2 * MAX_NAME; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** {@code base + suffix} in at most {@link #MAX_NAME} chars, cut at a code point boundary. */
    private static String fit(String base, String suffix) {
        int room = MAX_NAME - suffix.length();
        if (base.length() > room) {
            int end = Character.isLowSurrogate(base.charAt(room)) ? room - 1 : room;
            base = base.substring(0, end).strip();
        }
        return base + suffix;
    }
}
