package org.webmail.auth;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.webmail.auth.sso.SsoProviders;
import org.webmail.auth.sso.SsoSettings;
import org.webmail.demo.DemoMode;
import org.webmail.web.AppMessages;
import org.webmail.web.Bundles;
import org.webmail.web.CsrfToken;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/** The sign-in form at /login and sign-out. */
@Path("/")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String error, String notice, DemoLogin demo,
                                             List<SsoProviders.Provider> providers, boolean passwordForm);
    }

    /** Shown on the form in demo mode only. */
    public record DemoLogin(String username, String password) {
    }

    @Inject
    LoginService loginService;

    @Inject
    CurrentUser currentUser;

    @Inject
    WebSessions sessions;

    @Inject
    CsrfToken csrf;

    @Inject
    RoutingContext routing;

    @Inject
    DemoMode demoMode;

    @Inject
    SsoProviders providers;

    @Inject
    SsoSettings sso;

    @jakarta.inject.Inject
    Bundles bundles;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Object form(@RestQuery String expired, @RestQuery String signedOut, @RestQuery String ended) {
        if (currentUser.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        AppMessages text = bundles.of(AppMessages.class);
        String notice = expired != null ? text.login_expired()
                : "provider".equals(ended) ? text.login_provider_signed_out()
                : ended != null ? text.login_ended()
                : signedOut != null ? text.login_signed_out() : null;
        return page("", null, notice);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Object signIn(@RestForm String username, @RestForm String password, @RestForm String zone) {
        if (!sso.passwordSignIn()) {
            return Response.status(403).entity(page("", bundles.of(AppMessages.class).login_password_off(), null)).build();
        }
        String address = java.util.Objects.requireNonNullElse(ClientAddress.of(routing), "unknown");
        LoginService.Outcome outcome = loginService.signIn(username, password, address, zone);
        if (outcome instanceof LoginService.SignedIn signedIn) {
            if (currentUser.isSignedIn()) {
                sessions.replace(currentUser.session(), signedIn.session());
            }
            routing.response().addCookie(SessionCookie.of(signedIn.session().id()));
            csrf.rotate();
            return Response.seeOther(URI.create("/")).build();
        }
        LoginService.Refused refused = (LoginService.Refused) outcome;
        TemplateInstance form = page(username == null ? "" : username, refused.reason(), null);
        // RFC 6585 section 4: 429 with Retry-After (RFC 9110 section 10.2.3) in whole seconds, rounded up
        return refused.retryAfter()
                .map(wait -> Response.status(429).header("Retry-After", Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0))))
                .orElseGet(() -> Response.status(401)).entity(form).build();
    }

    @POST
    @Path("logout")
    public Response signOut() {
        URI afterwards = URI.create(routing.request().absoluteURI()).resolve("/login?signedOut=1");
        Optional<URI> provider = loginService.signOut(currentUser, afterwards, ClientAddress.of(routing));
        routing.response().addCookie(SessionCookie.expired());
        // A single sign-on also ends at the provider (OIDC RP-Initiated Logout), which then sends the browser back.
        return Response.seeOther(provider.orElse(URI.create("/login?signedOut=1"))).build();
    }

    private TemplateInstance page(String username, String error, String notice) {
        return Templates.login(username, error, notice, demo(), providers.enabled(), sso.passwordSignIn());
    }

    private DemoLogin demo() {
        return demoMode.enabled() ? new DemoLogin(demoMode.username(), demoMode.password()) : null;
    }
}
