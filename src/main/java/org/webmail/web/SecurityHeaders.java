package org.webmail.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.runtime.LaunchMode;

/**
 * Headers every app page carries. The CSP allows no inline script and no framing; a response that set its own
 * CSP (the sandboxed message body) keeps it. HSTS is sent outside dev mode, where a self-signed certificate
 * would otherwise lock the browser out of plain localhost.
 */
public class SecurityHeaders {

    static final String APP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'; worker-src 'self'; manifest-src 'self'";

    @ConfigProperty(name = "webmail.hsts", defaultValue = "max-age=31536000")
    String hsts;

    @ServerResponseFilter
    public void addHeaders(ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putIfAbsent("Content-Security-Policy", java.util.List.of(APP_POLICY));
        headers.putIfAbsent("X-Frame-Options", java.util.List.of("DENY"));
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        headers.putIfAbsent("Cache-Control", java.util.List.of("no-store"));
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            headers.putSingle("Strict-Transport-Security", hsts);
        }
    }
}
