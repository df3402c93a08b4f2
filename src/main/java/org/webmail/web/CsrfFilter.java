package org.webmail.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses every state-changing request (anything but GET, HEAD, OPTIONS) whose form field or header does not
 * carry the browser's CSRF cookie value. Runs after the form is read so resources need no code of their own.
 */
public class CsrfFilter {

    @jakarta.inject.Inject
    Bundles bundles;

    /** The one state-changing path no browser calls: the identity provider's back-channel logout (auth.sso). */
    private static final String BACK_CHANNEL_LOGOUT = "/sso/backchannel-logout/";

    @ServerRequestFilter
    @WithFormRead
    public Optional<RestResponse<Object>> verify(ResteasyReactiveContainerRequestContext context, RoutingContext routing) {
        String method = context.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
            return Optional.empty();
        }
        if (context.getUriInfo().getPath().startsWith(BACK_CHANNEL_LOGOUT)) {
            return Optional.empty(); // server to server, proven by the provider's signed logout token, not by a browser
        }
        Cookie cookie = routing.request().getCookie(CsrfToken.COOKIE);
        String sent = context.getHeaderString(CsrfToken.HEADER);
        if (sent == null) {
            FormData form = ((ResteasyReactiveRequestContext) context.getServerRequestContext()).getFormData();
            org.jboss.resteasy.reactive.server.multipart.FormValue value = form == null ? null : form.getFirst(CsrfToken.FIELD);
            sent = value == null || value.isFileItem() ? null : value.getValue();
        }
        if (cookie != null && CsrfToken.isWellFormed(cookie.getValue()) && sent != null && constantTimeEquals(cookie.getValue(), sent)) {
            return Optional.empty();
        }
        return Optional.of(RestResponse.status(Response.Status.FORBIDDEN, ErrorPage.csrfRejected(bundles.of(AppMessages.class))));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
