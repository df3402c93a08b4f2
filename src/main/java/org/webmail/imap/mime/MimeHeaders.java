package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimePart;
import java.util.regex.Pattern;

/**
 * Header getters that do not throw: each asks Jakarta Mail first and, when it rejects a malformed
 * header, parses the raw header with {@link HeaderParameters}.
 */
final class MimeHeaders {

    /** A percent escape left in a name means Jakarta Mail could not apply the RFC 2231 charset. */
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

    private MimeHeaders() {
    }

    static String encoding(Part part) {
        if (!(part instanceof MimePart mime)) {
            return null;
        }
        try {
            return mime.getEncoding();
        } catch (MessagingException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            String raw = rawHeader(part, "Content-Transfer-Encoding");
            return raw == null ? null : HeaderParameters.parse(raw).value();
        }
    }

    static long size(Part part) {
        try {
            return Math.max(-1, part.getSize());
        } catch (MessagingException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            return -1;
        }
    }

    static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            String raw = rawHeader(part, "Content-Disposition");
            return raw == null ? null : HeaderParameters.parse(raw).value();
        }
    }

    /** The decoded filename (Content-Disposition) or name (Content-Type) parameter, or null. */
    static String fileName(Part part) {
        String name;
        try {
            name = part.getFileName();
            if (name != null && PERCENT_ESCAPE.matcher(name).find()) {
                name = firstNonBlank(rawParameter(part, "Content-Disposition", "filename"),
                        firstNonBlank(rawParameter(part, "Content-Type", "name"), name));
            }
        } catch (MessagingException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            name = firstNonBlank(rawParameter(part, "Content-Disposition", "filename"),
                    rawParameter(part, "Content-Type", "name"));
        }
        name = HeaderText.decode(name);
        return name == null || name.isBlank() ? null : name;
    }

    static String contentId(Part part) {
        if (!(part instanceof MimePart mime)) {
            return null;
        }
        String id;
        try {
            id = mime.getContentID();
        } catch (MessagingException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            id = rawHeader(part, "Content-ID");
        }
        if (id == null) {
            return null;
        }
        // RFC 2392 section 2: the cid: URL carries the Content-ID without its angle brackets.
        id = id.trim();
        if (id.startsWith("<")) {
            id = id.substring(1);
        }
        if (id.endsWith(">")) {
            id = id.substring(0, id.length() - 1);
        }
        id = id.trim();
        return id.isEmpty() ? null : id;
    }

    private static String rawParameter(Part part, String header, String parameter) {
        String raw = rawHeader(part, header);
        return raw == null ? null : HeaderParameters.parse(raw).get(parameter);
    }

    private static String rawHeader(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            return null;
        }
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
