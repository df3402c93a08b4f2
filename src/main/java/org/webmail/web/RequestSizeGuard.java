package org.webmail.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A form post bigger than quarkus.http.limits.max-body-size (an upload of too large a file): Quarkus would answer a
 * bare, empty 413 before any resource runs. This route sees the declared length first and sends the request to the
 * app's plain page instead ({@link RequestTooLarge}), closing the connection as Quarkus does, since the body is
 * never read. Smaller uploads over the message size are refused by the compose form itself, with the form kept.
 */
@ApplicationScoped
public class RequestSizeGuard {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBody;

    void install(@Observes Router router) {
        // Before Quarkus's own body handler and upload limit (RouteConstants ROUTE_ORDER_BODY_HANDLER, UPLOAD_LIMIT).
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    void check(RoutingContext routing) {
        String length = routing.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (routing.request().method() == HttpMethod.POST && length != null && declaredAbove(length, maxBody.asLongValue())) {
            // The page is a GET with no body: neither Quarkus's limit nor its form reader may look at this one's.
            routing.request().headers().remove(HttpHeaders.CONTENT_LENGTH).remove(HttpHeaders.CONTENT_TYPE);
            routing.response().putHeader(HttpHeaders.CONNECTION, "close");
            routing.reroute(HttpMethod.GET, RequestTooLarge.PAGE);
        } else {
            routing.next();
        }
    }

    static boolean declaredAbove(String length, long max) {
        try {
            return Long.parseLong(length.strip()) > max;
        } catch (NumberFormatException e) {
            return false; // Quarkus refuses a malformed length itself
        }
    }
}
