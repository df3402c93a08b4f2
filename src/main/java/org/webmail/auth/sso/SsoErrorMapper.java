package org.webmail.auth.sso;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.webmail.web.AppMessages;
import org.webmail.web.Bundles;
import org.webmail.web.ErrorPage;

/** An identity provider that cannot be reached to renew a sign-in: a plain page, and the session stays. */
public class SsoErrorMapper {

    private static final Logger LOG = Logger.getLogger(SsoErrorMapper.class);

    @jakarta.inject.Inject
    Bundles bundles;

    @ServerExceptionMapper
    public Response providerDown(IdentityProviderUnavailableException e) {
        LOG.warnf("identity provider unavailable: %s", e.getMessage());
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.page(503, bundles.of(AppMessages.class).sso_down_title(), bundles.of(AppMessages.class).sso_down_message(),
                        bundles.of(AppMessages.class).sso_down_hint()).render()).build();
    }
}
