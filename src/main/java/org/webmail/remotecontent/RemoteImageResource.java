package org.webmail.remotecontent;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The image proxy: {@code GET /remote-content/image?url=…&expires=…&sig=…}, asked for by the sandboxed body frame
 * without a session (see {@link RemoteImageLinks}). An image answers with the type its bytes proved, under a
 * policy that lets nothing in it run; a refusal answers a bare status with no body to render.
 */
@Path(RemoteImageLinks.PATH)
public class RemoteImageResource {

    static final String IMAGE_POLICY = "default-src 'none'; sandbox";

    @Inject
    RemoteImageService images;

    @Inject
    RemoteContentSettings settings;

    @GET
    public Response image(@RestQuery String url, @RestQuery String expires, @RestQuery String sig) {
        RemoteImageService.Answer answer = images.image(url, epochSeconds(expires), sig);
        if (answer.outcome() != Outcome.FETCHED) {
            return Response.status(status(answer.outcome())).header("Cache-Control", "no-store").build();
        }
        return Response.ok(answer.image().bytes(), answer.image().type().mediaType)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", IMAGE_POLICY)
                .header("Cache-Control", "private, max-age=" + settings.browserCache().toSeconds())
                .build();
    }

    /** Read here rather than by JAX-RS, so a mangled link gets the bare 403 and not an error page. */
    private static Long epochSeconds(String expires) {
        return expires != null && expires.matches("[0-9]{1,12}") ? Long.valueOf(expires) : null;
    }

    private static Response.Status status(Outcome outcome) {
        return switch (outcome) {
            case BAD_SIGNATURE, REFUSED_URL, REFUSED_PORT, REFUSED_ADDRESS -> Response.Status.FORBIDDEN;
            case UNRESOLVED -> Response.Status.NOT_FOUND;
            case TIMED_OUT -> Response.Status.GATEWAY_TIMEOUT;
            default -> Response.Status.BAD_GATEWAY;
        };
    }
}
