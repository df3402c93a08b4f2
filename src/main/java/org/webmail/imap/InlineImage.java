package org.webmail.imap;

/** A part the HTML body shows with a cid: URL (RFC 2392); {@code contentId} without angle brackets. */
public record InlineImage(String contentId, String contentType, byte[] data) {
}
