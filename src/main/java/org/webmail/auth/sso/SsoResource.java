package org.webmail.auth.sso;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.webmail.auth.ClientAddress;
import org.webmail.auth.CurrentUser;
import org.webmail.auth.WebSessions;
import org.webmail.auth.LoginService;
import org.webmail.auth.SessionCookie;
import org.webmail.web.AppMessages;
import org.webmail.web.Bundles;
import org.webmail.web.CsrfToken;
import org.webmail.web.ErrorPage;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import io.quarkus.oidc.Tenant;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;

/**
 * /sso/{provider}: Quarkus OIDC runs the authorization code flow (state, nonce, PKCE) for the method's tenant;
 * when the method runs, the provider has signed the user in. The webmail then makes its own session from the
 * tokens and drops Quarkus's session cookie: one session, held server-side, and no token ever reaches the browser.
 */
@Path("/sso")
public class SsoResource {

    /** Assumed lifetime of an access token whose expiry we cannot read: renewed early rather than late. */
    private static final Duration UNKNOWN_LIFETIME = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Bundles bundles;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    OidcSession oidcSession;

    @Inject
    SsoSignIn signIn;

    @Inject
    RoutingContext routing;

    @Inject
    CsrfToken csrf;

    @Inject
    CurrentUser currentUser;

    @Inject
    WebSessions sessions;

    @GET
    @Path("keycloak")
    @Tenant("keycloak")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public Response keycloak() {
        return complete("keycloak");
    }

    @GET
    @Path("google")
    @Tenant("google")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public Response google() {
        return complete("google");
    }

    @GET
    @Path("microsoft")
    @Tenant("microsoft")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public Response microsoft() {
        return complete("microsoft");
    }

    /**
     * Where a provider sends the browser back with an error instead of a code (the user cancelled, consent was
     * refused, the client is misconfigured): a plain page, never the provider's raw words as markup.
     */
    @GET
    @Path("error")
    @Produces(MediaType.TEXT_HTML)
    public Response error(@org.jboss.resteasy.reactive.RestQuery String error) {
        boolean cancelled = "access_denied".equals(error) || "login_required".equals(error) || "consent_required".equals(error);
        AppMessages text = bundles.of(AppMessages.class);
        String message = cancelled ? text.sso_cancelled()
                : text.sso_failed(error == null || !error.matches("[a-z_]{1,40}") ? "" : error);
        return Response.status(401).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.page(401, text.sso_not_signed_in_title(), message, text.sso_try_again()).render()).build();
    }

    private Response complete(String tenant) {
        Map<String, Object> claims = new HashMap<>();
        for (String name : idToken.getClaimNames()) {
            claims.put(name, idToken.getClaim(name));
        }
        String refresh = accessToken.getRefreshToken() == null ? null : accessToken.getRefreshToken().getToken();
        SsoGrant.IssuedTokens tokens = new SsoGrant.IssuedTokens(accessToken.getToken(), expiresAt(accessToken.getToken()),
                refresh, idToken.getRawToken());
        String client = ClientAddress.of(routing);
        LoginService.Outcome outcome = signIn.signIn(tenant, new SsoSignIn.Claims(idToken.getSubject(), claims), tokens, client);
        oidcSession.logout().await().atMost(Duration.ofSeconds(5)); // Quarkus's cookie: ours takes over from here
        if (outcome instanceof LoginService.SignedIn signedIn) {
            if (currentUser.isSignedIn()) {
                sessions.replace(currentUser.session(), signedIn.session());
            }
            routing.response().addCookie(SessionCookie.of(signedIn.session().id()));
            csrf.rotate();
            return Response.seeOther(URI.create("/")).build();
        }
        String reason = ((LoginService.Refused) outcome).reason();
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.page(403, bundles.of(AppMessages.class).sso_refused_title(), reason,
                        bundles.of(AppMessages.class).sso_back_to_login()).render())
                .build();
    }

    /** When the access token runs out: from the token response if Quarkus kept it, else the JWT's exp claim. */
    private Instant expiresAt(String token) {
        Object kept = routing.get(AuthorizationCodeTokens.class.getName());
        if (kept instanceof AuthorizationCodeTokens t && t.getAccessTokenExpiresIn() != null) {
            return Instant.now().plusSeconds(t.getAccessTokenExpiresIn());
        }
        String[] parts = token.split("\\.");
        if (parts.length == 3) {
            try {
                // Only a hint for when to renew: the mail server, not the webmail, judges the token.
                long exp = JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).path("exp").asLong(0);
                if (exp > 0) {
                    return Instant.ofEpochSecond(exp);
                }
            } catch (java.io.IOException | IllegalArgumentException e) {
                // an opaque token after all
            }
        }
        return Instant.now().plus(UNKNOWN_LIFETIME);
    }
}
