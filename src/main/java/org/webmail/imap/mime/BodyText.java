package org.webmail.imap.mime;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a text/plain or text/html leaf into body text, whatever its charset label says. */
final class BodyText {

    /** Bodies longer than this are cut: 8 MiB of text is more than anyone reads in a browser. */
    static final int MAX_TEXT_BYTES = 8 * 1024 * 1024;

    /** HTML5 section 13.2.3.2 looks for a meta charset in the first 1024 bytes; we allow a little more. */
    private static final int META_PRESCAN = 2048;

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]{1,40})");

    private BodyText() {
    }

    static Reading read(PartHead head) {
        PartBytes bytes = PartBytes.read(head.part(), head.encoding(), MAX_TEXT_BYTES);
        boolean html = head.mimeType().equals("text/html");
        String charset = head.typeParameter("charset");
        if (html && (charset == null || charset.isBlank())) {
            charset = metaCharset(bytes.bytes());
        }
        String text = stripByteOrderMark(LenientCharset.decode(bytes.bytes(), charset));
        Reading reading = html ? Reading.html(text) : Reading.text(text);
        if (bytes.problem() != null) {
            reading.problem("part " + head.path() + " decoded partly: " + bytes.problem());
        }
        if (bytes.truncated()) {
            reading.problem("part " + head.path() + " cut at " + MAX_TEXT_BYTES + " bytes");
        }
        return reading;
    }

    private static String metaCharset(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(start);
        return meta.find() ? meta.group(1) : null;
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
