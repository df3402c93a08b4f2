package org.webmail.message;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.webmail.message.spoofing.LinkWarning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code GET /leaving}: the page a doubtful link in a message goes to first ({@link LeavingLinks} writes those links).
 * It shows the whole target, its host in Unicode and ASCII, the host the link's text claimed and why the link was
 * held back, and leaves the choice to the reader: it never redirects. It needs no sign-in (the click comes from the
 * message frame's opaque origin, without our cookie) and works without script; a link whose signature does not
 * hold gets a plain page and no way onward.
 */
@Path(LeavingLinks.PATH)
public class LeavingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance leaving(LinkWarning link);

        static native TemplateInstance unchecked();
    }

    @Inject
    LeavingLinks links;

    @GET
    public Response leaving(@RestQuery String to, @RestQuery String shown, @RestQuery String expires, @RestQuery String sig) {
        Optional<LinkWarning> link = links.verified(to, shown, epochSeconds(expires), sig);
        Response.ResponseBuilder response = link.isPresent()
                ? Response.ok(Templates.leaving(link.get()).render())
                : Response.status(Response.Status.FORBIDDEN).entity(Templates.unchecked().render());
        // The target must not learn which webmail, or which message, the reader came from.
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Referrer-Policy", "no-referrer").build();
    }

    private static Long epochSeconds(String expires) {
        try {
            return expires == null ? null : Long.valueOf(expires);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
