package org.webmail.imap.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * What one subtree of the MIME structure contributed: its body text and HTML (null when none),
 * the parts that may be shown inline by Content-ID, the parts to download, and what went wrong.
 */
final class Reading {

    private static final String SEPARATOR = "\n\n";

    private String text;
    private String html;
    final List<PartHead> cidImages = new ArrayList<>();
    final List<PartHead> attachments = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    static Reading text(String text) {
        Reading reading = new Reading();
        reading.text = text;
        return reading;
    }

    static Reading html(String html) {
        Reading reading = new Reading();
        reading.html = html;
        return reading;
    }

    static Reading attachment(PartHead head) {
        Reading reading = new Reading();
        reading.attachments.add(head);
        return reading;
    }

    static Reading cidImage(PartHead head) {
        Reading reading = new Reading();
        reading.cidImages.add(head);
        return reading;
    }

    String text() {
        return text;
    }

    String html() {
        return html;
    }

    boolean hasBody() {
        return text != null || html != null;
    }

    boolean isEmpty() {
        return !hasBody() && cidImages.isEmpty() && attachments.isEmpty();
    }

    Reading problem(String problem) {
        problems.add(problem);
        return this;
    }

    /** Takes the other subtree's parts and problems, not its body. */
    void absorbParts(Reading other) {
        cidImages.addAll(other.cidImages);
        attachments.addAll(other.attachments);
        problems.addAll(other.problems);
    }

    /**
     * Adds a later body of a multipart/mixed after this one (RFC 2046 section 5.1.3: shown in order).
     * Text joins text and HTML joins HTML; when only one side has HTML, the other side's text goes into
     * the HTML as preformatted text so the HTML view loses nothing.
     */
    void appendBody(Reading other) {
        if (!other.hasBody()) {
            return;
        }
        if (!hasBody()) {
            text = other.text;
            html = other.html;
            return;
        }
        String joinedHtml = html == null && other.html == null ? null : asHtml(this) + asHtml(other);
        if (text != null && other.text != null) {
            text = text + SEPARATOR + other.text;
        }
        html = joinedHtml;
    }

    /**
     * RFC 2046 section 5.1.4: alternatives come in increasing order of preference, so the last one with
     * HTML gives the HTML body and the last one with text gives the text body. Parts of every alternative
     * are kept (a calendar invitation beside the text, say).
     */
    static Reading alternative(List<Reading> alternatives) {
        Reading chosen = new Reading();
        for (Reading alternative : alternatives) {
            chosen.text = alternative.text != null ? alternative.text : chosen.text;
            chosen.html = alternative.html != null ? alternative.html : chosen.html;
            chosen.absorbParts(alternative);
        }
        return chosen;
    }

    private static String asHtml(Reading reading) {
        return reading.html != null ? reading.html : "<pre>" + escape(reading.text) + "</pre>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
