package org.webmail.remotecontent;

/** A remote image the proxy will not pass on, and why (for the status and the metric, never for the reader). */
final class RefusedImage extends Exception {

    final Outcome outcome;

    RefusedImage(Outcome outcome, String detail) {
        super(detail, null, false, false);
        this.outcome = outcome;
    }
}
