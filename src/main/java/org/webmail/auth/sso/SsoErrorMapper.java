package org.webmail.auth.sso;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.webmail.web.ErrorPage;

/** An identity provider that cannot be reached to renew a sign-in: a plain page, and the session stays. */
public class SsoErrorMapper {

    private static final Logger LOG = Logger.getLogger(SsoErrorMapper.class);

    @ServerExceptionMapper
    public Response providerDown(IdentityProviderUnavailableException e) {
        LOG.warnf("identity provider unavailable: %s", e.getMessage());
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.page(503, "Your sign-in service cannot be reached",
                        "Your sign-in needs renewing, but the service that signed you in did not answer.",
                        "Nothing was lost. Try again in a minute; if it lasts, tell your administrator.").render()).build();
    }
}
