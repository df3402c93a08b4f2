package org.webmail.demo;

/** An attachment or inline image; {@code contentId} (RFC 2392, without angle brackets) only for inline ones. */
record DemoFile(String name, String contentType, byte[] bytes, String contentId) {

    static DemoFile attachment(String name, String contentType, byte[] bytes) {
        return new DemoFile(name, contentType, bytes, null);
    }

    static DemoFile inline(String name, String contentType, byte[] bytes, String contentId) {
        return new DemoFile(name, contentType, bytes, contentId);
    }

    boolean isInline() {
        return contentId != null;
    }
}
