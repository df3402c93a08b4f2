package org.webmail.auth;

import io.vertx.ext.web.RoutingContext;

/**
 * The browser's IP address as this request shows it (behind a proxy, the forwarded one when
 * quarkus.http.proxy.proxy-address-forwarding is on), for rate limits and for the mail server's ID command.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The address, or null when the connection does not tell. */
    public static String of(RoutingContext routing) {
        var remote = routing.request().remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }
}
