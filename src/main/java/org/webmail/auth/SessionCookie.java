package org.webmail.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;

/** The session cookie: Secure, HttpOnly, SameSite=Lax, host-only ({@code __Host-} prefix, RFC 6265bis 4.1.3.2). */
public final class SessionCookie {

    static final String NAME = "__Host-webmail-session";

    private SessionCookie() {
    }

    public static Cookie of(String sessionId) {
        return Cookie.cookie(NAME, sessionId).setPath("/").setSecure(true).setHttpOnly(true).setSameSite(CookieSameSite.LAX);
    }

    public static Cookie expired() {
        return of("").setMaxAge(0);
    }
}
