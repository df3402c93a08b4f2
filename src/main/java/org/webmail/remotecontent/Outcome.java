package org.webmail.remotecontent;

/** What became of one request to the image proxy; the tag of {@code webmail_remote_images_total{outcome}}. */
enum Outcome {
    FETCHED("fetched"),
    /** The link was not signed by us, was altered, or has expired. */
    BAD_SIGNATURE("bad_signature"),
    /** Not an absolute http(s) URL with a plain host (user info, odd host text, other schemes). */
    REFUSED_URL("refused_url"),
    REFUSED_PORT("refused_port"),
    /** The host is, or resolves to, an address that is not public (see {@link AddressRanges}). */
    REFUSED_ADDRESS("refused_address"),
    UNRESOLVED("unresolved"),
    TOO_MANY_REDIRECTS("too_many_redirects"),
    /** The answer is not one of the image types we pass on (SVG and HTML never are). */
    NOT_AN_IMAGE("not_an_image"),
    TOO_LARGE("too_large"),
    TIMED_OUT("timed_out"),
    /** The sender's server failed, answered an error status, or spoke broken HTTP. */
    UPSTREAM_FAILED("upstream_failed");

    final String tag;

    Outcome(String tag) {
        this.tag = tag;
    }
}
