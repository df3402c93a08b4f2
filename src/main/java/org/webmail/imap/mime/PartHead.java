package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimePart;
import java.util.Locale;

/**
 * What the MIME headers of one part say, read once and leniently.
 *
 * <p>We go through the {@link Part} getters first because on an IMAP message they answer from the
 * BODYSTRUCTURE already fetched, while {@code getHeader} costs a round trip per part; only when a
 * getter rejects a malformed header do we read the raw header and parse it ourselves.
 *
 * @param path        IMAP part specifier (RFC 3501 section 6.4.5)
 * @param mimeType    lower-case "type/subtype" without parameters
 * @param contentType the full Content-Type value, for its parameters
 * @param disposition lower-case disposition ("inline", "attachment") or null
 * @param fileName    decoded filename or name parameter, or null
 * @param contentId   Content-ID without angle brackets (RFC 2392), or null
 * @param encoding    lower-case Content-Transfer-Encoding, or null
 * @param size        approximate decoded size in bytes, -1 when unknown
 */
record PartHead(Part part, String path, String mimeType, String contentType, String disposition, String fileName,
                String contentId, String encoding, long size) {

    /** Longer Content-Type values are junk or an attack; 100 KB keeps every real parameter. */
    private static final int MAX_CONTENT_TYPE = 100_000;

    /** Reads the head of {@code part}; {@code defaultType} applies when it has no usable Content-Type. */
    static PartHead of(Part part, String path, String defaultType) {
        String contentType = contentType(part);
        String mimeType = mimeType(contentType, defaultType);
        String encoding = lower(MimeHeaders.encoding(part));
        long size = MimeHeaders.size(part);
        if (size > 0 && "base64".equals(encoding)) {
            size = size * 3 / 4; // four characters carry three bytes (RFC 2045 section 6.8)
        }
        return new PartHead(part, path, mimeType, contentType == null ? mimeType : contentType,
                lower(MimeHeaders.disposition(part)), MimeHeaders.fileName(part), MimeHeaders.contentId(part),
                encoding, size);
    }

    /** Just the lower-case "type/subtype" of {@code part}. */
    static String mimeTypeOf(Part part, String defaultType) {
        return mimeType(contentType(part), defaultType);
    }

    boolean isMultipart() {
        return mimeType.startsWith("multipart/");
    }

    boolean isAttachmentDisposition() {
        return "attachment".equals(disposition);
    }

    /** A parameter of the Content-Type, e.g. "charset", "start", "boundary". */
    String typeParameter(String name) {
        return HeaderParameters.parse(contentType).get(name);
    }

    private static String contentType(Part part) {
        try {
            String value = part.getContentType();
            return value == null ? null : clip(value);
        } catch (MessagingException | RuntimeException e) {
            ConnectionLoss.rethrow(e);
            return null; // an unreadable Content-Type counts as none: RFC 2045 section 5.2 gives the default
        }
    }

    /** RFC 2045 section 5.2: a missing or syntactically invalid Content-Type means the default. */
    private static String mimeType(String contentType, String defaultType) {
        if (contentType == null) {
            return defaultType;
        }
        String base = HeaderParameters.parse(contentType).value().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return base.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+") ? base : defaultType;
    }

    private static String lower(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String clip(String value) {
        return value.length() > MAX_CONTENT_TYPE ? value.substring(0, MAX_CONTENT_TYPE) : value;
    }
}
