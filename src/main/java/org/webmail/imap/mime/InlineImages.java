package org.webmail.imap.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.webmail.imap.InlineImage;

/**
 * Decides which images with a Content-ID the HTML body shows in place: those it references with a
 * cid: URL (RFC 2392) and that are small enough to carry along. An image nobody references, or a big
 * one, becomes an attachment so the reader still sees it.
 */
final class InlineImages {

    private static final Pattern CID_URL = Pattern.compile("(?i)cid:([^\"'\\s<>()]+)");

    /**
     * @param images      images the HTML shows in place
     * @param attachments every other part to offer for download
     */
    record Split(List<InlineImage> images, List<PartHead> attachments) {
    }

    private InlineImages() {
    }

    static Split split(Reading reading, int maxImageBytes) {
        Set<String> referenced = references(reading.html());
        Set<String> taken = new HashSet<>();
        List<InlineImage> images = new ArrayList<>();
        List<PartHead> attachments = new ArrayList<>(reading.attachments);
        for (PartHead head : reading.cidImages) {
            String key = head.contentId().toLowerCase(Locale.ROOT);
            InlineImage image = referenced.contains(key) && !taken.contains(key) ? load(head, maxImageBytes, reading) : null;
            if (image != null) {
                taken.add(key);
                images.add(image);
            } else {
                attachments.add(head);
            }
        }
        return new Split(images, attachments);
    }

    private static InlineImage load(PartHead head, int maxImageBytes, Reading reading) {
        if (head.size() > maxImageBytes) {
            return null; // the estimate already says it is too big: do not fetch it
        }
        PartBytes bytes = PartBytes.read(head.part(), head.encoding(), maxImageBytes);
        if (bytes.truncated()) {
            return null;
        }
        if (bytes.problem() != null) {
            reading.problem("image " + head.path() + " decoded partly: " + bytes.problem());
        }
        return new InlineImage(head.contentId(), head.mimeType(), bytes.bytes());
    }

    /** The Content-IDs the HTML references, lower-cased, percent-escapes undone (RFC 2392 section 2). */
    static Set<String> references(String html) {
        Set<String> ids = new HashSet<>();
        if (html == null) {
            return ids;
        }
        Matcher url = CID_URL.matcher(html);
        while (url.find()) {
            ids.add(percentDecode(url.group(1)).toLowerCase(Locale.ROOT));
        }
        return ids;
    }

    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int hi = c == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return LenientCharset.guess(out.toByteArray());
    }
}
