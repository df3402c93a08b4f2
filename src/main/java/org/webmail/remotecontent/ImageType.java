package org.webmail.remotecontent;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats the proxy passes on, recognised by their first bytes rather than by what the sender's server
 * says; SVG is not among them (it is a document that can carry script and links, not a picture).
 */
enum ImageType {
    PNG("image/png"), GIF("image/gif"), JPEG("image/jpeg"), WEBP("image/webp"), AVIF("image/avif"),
    BMP("image/bmp"), ICON("image/x-icon");

    final String mediaType;

    ImageType(String mediaType) {
        this.mediaType = mediaType;
    }

    static Optional<ImageType> sniff(byte[] b) {
        if (starts(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (starts(b, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (ascii(b, 4, "ftyp") && (ascii(b, 8, "avif") || ascii(b, 8, "avis"))) {
            return Optional.of(AVIF);
        }
        if (ascii(b, 0, "BM") && b.length > 14) {
            return Optional.of(BMP);
        }
        if (starts(b, 0, new byte[] {0, 0, 1, 0}) && b.length > 6) {
            return Optional.of(ICON);
        }
        return Optional.empty();
    }

    /**
     * Whether the server's own Content-Type may describe an image: none, the generic octet-stream, or an image
     * type other than SVG. An HTML page that happens to start like a GIF is still refused.
     */
    static boolean declaredMayBeImage(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/octet-stream") || type.startsWith("image/") && !type.contains("svg");
    }

    private static boolean ascii(byte[] b, int at, String text) {
        return starts(b, at, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean starts(byte[] b, int at, byte[] prefix) {
        return b.length >= at + prefix.length && Arrays.equals(b, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
