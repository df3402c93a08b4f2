package org.webmail.imap;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

import java.io.UnsupportedEncodingException;

/** The decoded file name and the content type a downloaded part is served with. */
final class PartNames {

    private PartNames() {
    }

    /** RFC 2231 parameters are decoded by Jakarta Mail; RFC 2047 words (used by many mailers anyway) here. */
    static String fileName(Part part, String fallback) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return fallback;
        }
        try {
            name = MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            // an unknown charset: keep the encoded form, it is still a usable name
        }
        // Never let a name carry a directory or control characters into a Content-Disposition header.
        String cleaned = name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() ? fallback : cleaned;
    }

    /** The base type plus its charset when it has one; application/octet-stream when unreadable. */
    static String contentType(Part part) throws MessagingException {
        String header = part.getContentType();
        if (header == null) {
            return "application/octet-stream";
        }
        try {
            ContentType type = new ContentType(header);
            String charset = type.getParameter("charset");
            String base = type.getBaseType().toLowerCase(java.util.Locale.ROOT);
            return charset == null ? base : base + "; charset=" + charset;
        } catch (ParseException e) {
            return "application/octet-stream";
        }
    }
}
