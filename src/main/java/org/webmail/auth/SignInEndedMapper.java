package org.webmail.auth;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.ext.web.RoutingContext;

/** A sign-in that could not be renewed ends this browser's session cleanly and says why on the sign-in page. */
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
        LOG.infof("sign-in of %s ended: %s", currentUser.getLogin(), e.getMessage());
        loginService.signOut(currentUser);
        routing.response().addCookie(SessionCookie.expired());
        return Response.seeOther(URI.create("/login?ended=1")).build();
    }
}
