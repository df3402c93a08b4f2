package org.webmail.auth.sso;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jose4j.http.Get;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Checks a logout token (OIDC Back-Channel Logout 1.0, section 2.6): signed with one of the provider's published
 * keys, from its issuer, for our client, issued just now, carrying the back-channel logout event and no nonce,
 * naming a subject or a provider session.
 */
@ApplicationScoped
public class LogoutTokens {

    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final int TIMEOUT_MILLIS = 10_000;
    /** How old a logout token may be: the provider sends it the moment the session ends. */
    private static final int MAX_AGE_SECONDS = 120;

    /** Whom to sign out: a provider account (sub), one of its sessions (sid), or both. */
    record Logout(String subject, String sid) {
    }

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    @Inject
    OidcEndpoints endpoints;

    @Inject
    SsoProviders providers;

    private final Map<String, HttpsJwks> keySets = new ConcurrentHashMap<>();

    Logout verify(String tenant, String token) throws Invalid {
        if (token == null || token.isBlank() || token.length() > 16_384) {
            throw new Invalid("no logout_token");
        }
        OidcEndpoints.Keys keys;
        try {
            keys = endpoints.keys(tenant);
        } catch (IOException e) {
            throw new Invalid("the provider's keys could not be fetched: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Invalid("interrupted");
        }
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keySet(keys.jwksUri())))
                .setExpectedIssuer(keys.issuer())
                .setExpectedAudience(providers.clientId(tenant))
                .setRequireIssuedAt()
                .setIssuedAtRestrictions(30, MAX_AGE_SECONDS)
                .setAllowedClockSkewInSeconds(30)
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(token);
            Object events = claims.getClaimValue("events");
            if (!(events instanceof Map<?, ?> map) || !map.containsKey(EVENT)) {
                throw new Invalid("not a back-channel logout event");
            }
            if (claims.hasClaim("nonce")) {
                throw new Invalid("a logout token carries no nonce");
            }
            String subject = claims.getSubject();
            String sid = claims.getClaimValueAsString("sid");
            if (subject == null && sid == null) {
                throw new Invalid("neither sub nor sid");
            }
            return new Logout(subject, sid);
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new Invalid(e.getMessage());
        }
    }

    private HttpsJwks keySet(String uri) {
        return keySets.computeIfAbsent(uri, u -> {
            HttpsJwks jwks = new HttpsJwks(u);
            Get get = new Get();
            get.setConnectTimeout(TIMEOUT_MILLIS);
            get.setReadTimeout(TIMEOUT_MILLIS);
            jwks.setSimpleHttpGet(get);
            return jwks;
        });
    }
}
