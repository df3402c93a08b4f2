package org.webmail.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/** The plain page for a request bigger than the server takes (RFC 9110 section 15.5.14), see {@link RequestSizeGuard}. */
@Path(RequestTooLarge.PAGE)
public class RequestTooLarge {

    static final String PAGE = "/request-too-large";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBody;

    @Inject
    Bundles bundles;

    @Inject
    RequestLocale locale;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        AppMessages text = bundles.of(AppMessages.class);
        String max = Formats.binarySize(maxBody.asLongValue(), locale.get());
        return MailErrorMapper.html(413, text.error_too_large_title(), text.error_too_large_message(max), text.error_too_large_hint());
    }
}
