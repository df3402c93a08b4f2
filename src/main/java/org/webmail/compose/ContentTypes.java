package org.webmail.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The Content-Type an attachment is sent with: the browser's declaration when it is sensible, else from the name. */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("svg", "image/svg+xml"),
            Map.entry("zip", "application/zip"), Map.entry("eml", "message/rfc822"), Map.entry("ics", "text/calendar"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"), Map.entry("html", "text/html"));

    private ContentTypes() {
    }

    /** A declared type kept when it is a plain type/subtype; otherwise guessed from the file name's extension. */
    static String of(String fileName, String declared) {
        String type = declared == null ? "" : declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") && !type.equals("application/octet-stream")) {
            return type;
        }
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }

    /** Only a well-formed type/subtype goes into a header; anything else becomes application/octet-stream. */
    static String safe(String type) {
        String t = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return t.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") ? t : "application/octet-stream";
    }

    /** Whether a file is all 7-bit ASCII, so a message/rfc822 part may be labelled 7bit (RFC 2045 2.7). */
    static boolean isSevenBit(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] < 0 || buffer[i] == 0) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
