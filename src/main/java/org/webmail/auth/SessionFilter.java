package org.webmail.auth;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/** Attaches the signed-in user to each request; pages that need one send a stranger to the sign-in form. */
public class SessionFilter {

    @Inject
    WebSessions sessions;

    @Inject
    CurrentUser currentUser;

    @ServerRequestFilter
    public Optional<RestResponse<Void>> attach(ContainerRequestContext request, RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(SessionCookie.NAME);
        String client = ClientAddress.of(routing);
        sessions.find(cookie == null ? null : cookie.getValue()).ifPresent(session -> currentUser.signIn(session, client));
        if (currentUser.isSignedIn() || isPublic(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        boolean endedElsewhere = cookie != null && sessions.endedElsewhere(cookie.getValue());
        return Optional.of(RestResponse.ResponseBuilder.<Void>create(Response.Status.SEE_OTHER)
                .location(URI.create(endedElsewhere ? "/login?ended=provider" : "/login")).build());
    }

    private static boolean isPublic(String path) {
        return path.equals("/login") || path.startsWith("/q/") || path.startsWith("/sso/") // /sso: the sign-in itself
                || APP_SHELL.contains(path)
                // Remote images through the proxy: asked for by the sandboxed body frame, which sends no cookie;
                // each link carries its own signature instead (remotecontent.RemoteImageLinks).
                || path.equals("/remote-content/image")
                // The page before a doubtful link in a message: reached from the message frame, which sends no cookie;
                // its signed query is what it trusts (message.LeavingLinks), and it shows no mail.
                || path.equals("/leaving");
    }

    /** The installable app's pieces (web.AppShellResource): the same for everyone, with no mail in them. */
    private static final java.util.Set<String> APP_SHELL = java.util.Set.of("/sw.js", "/manifest.webmanifest", "/offline");
}
