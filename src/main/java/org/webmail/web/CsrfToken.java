package org.webmail.web;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token of this browser, as a double-submit cookie (OWASP CSRF cheat sheet): the same random value
 * lives in a {@code __Host-} cookie (no sub-domain can plant it) and in a hidden field of every form, and
 * {@link CsrfFilter} compares the two on every state-changing request. Templates use {@code {inject:csrf.token}}
 * through the {@code csrf} tag.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "__Host-webmail-csrf";
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext routing;

    private String token;

    /** The token for forms on this page; sets the cookie when the browser has none yet. */
    public String getToken() {
        if (token == null) {
            Cookie existing = routing.request().getCookie(COOKIE);
            token = existing != null && isWellFormed(existing.getValue()) ? existing.getValue() : issue();
        }
        return token;
    }

    /** A fresh token, e.g. after sign-in so a token planted before it is worthless. */
    public String rotate() {
        token = issue();
        return token;
    }

    private String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        routing.response().addCookie(Cookie.cookie(COOKIE, value).setPath("/").setSecure(true).setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT));
        return value;
    }

    static boolean isWellFormed(String value) {
        return value != null && value.length() == 43 && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
