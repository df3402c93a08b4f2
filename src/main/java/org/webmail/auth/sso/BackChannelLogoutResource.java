package org.webmail.auth.sso;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.webmail.account.UserSignedOut;
import org.webmail.auth.WebSession;
import org.webmail.auth.WebSessions;

/**
 * POST /sso/backchannel-logout/{provider}: the provider tells us a user's session there has ended (signed out
 * elsewhere, disabled by an administrator). Every browser session it concerns ends here, with its IMAP
 * connections (pool generation bump) and its kept SMTP connection. Server to server: the signed logout token is
 * the proof, so no CSRF token (web.CsrfFilter lets this path through).
 */
@Path("/sso/backchannel-logout")
public class BackChannelLogoutResource {

    private static final Logger LOG = Logger.getLogger(BackChannelLogoutResource.class);

    @Inject
    SsoProviders providers;

    @Inject
    LogoutTokens tokens;

    @Inject
    WebSessions sessions;

    @Inject
    Event<UserSignedOut> signedOut;

    @POST
    @Path("{provider}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@RestPath String provider, @RestForm("logout_token") String logoutToken) {
        if (!providers.isEnabled(provider)) {
            return Response.status(404).build();
        }
        LogoutTokens.Logout logout;
        try {
            logout = tokens.verify(provider, logoutToken);
        } catch (LogoutTokens.Invalid e) {
            LOG.warnf("back-channel logout from %s refused: %s", provider, e.getMessage());
            return Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity("{\"error\":\"invalid_request\"}").header("Cache-Control", "no-store").build();
        }
        var ended = sessions.endFromElsewhere(s -> s.credentialSource() instanceof SsoGrant grant
                && grant.isFor(provider, logout.subject(), logout.sid()));
        ended.stream().map(WebSession::login).distinct().forEach(login -> signedOut.fire(new UserSignedOut(login, "provider")));
        LOG.infof("back-channel logout from %s: %d session(s) ended", provider, ended.size());
        return Response.ok().header("Cache-Control", "no-store").build();
    }
}
