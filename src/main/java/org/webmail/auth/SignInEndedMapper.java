package org.webmail.auth;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.webmail.imap.MailAuthenticationException;

import io.vertx.ext.web.RoutingContext;

/**
 * A sign-in that no longer holds ends this browser's session cleanly and says why on the sign-in page: the identity
 * provider would not renew it, or the mail server now refuses the login that worked at sign-in (a password changed
 * elsewhere, a token revoked, access withdrawn). Without ending the session the sign-in page would send the user
 * straight back to the page that failed.
 */
public class SignInEndedMapper {

    private static final Logger LOG = Logger.getLogger(SignInEndedMapper.class);

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginService loginService;

    @Inject
    RoutingContext routing;

    @ServerExceptionMapper
    public Response signInEnded(SignInEndedException e) {
        return end("/login?ended=1", e.getMessage());
    }

    @ServerExceptionMapper
    public Response credentialsRejected(MailAuthenticationException e) {
        return end("/login?expired=1", "the mail server refused the login: " + e.getMessage());
    }

    private Response end(String page, String why) {
        LOG.infof("sign-in of %s ended: %s", currentUser.getLogin(), why);
        loginService.signOut(currentUser);
        routing.response().addCookie(SessionCookie.expired());
        return Response.seeOther(URI.create(page)).build();
    }
}
