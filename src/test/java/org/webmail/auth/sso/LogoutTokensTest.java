package org.webmail.auth.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * The checks on a logout token, against a key set served on loopback: forged, misdirected, stale or malformed
 * tokens, which a real provider will not send on demand, are refused; a correct one names whom to sign out. The
 * real provider's own logout tokens are exercised by the Keycloak interoperability test.
 */
class LogoutTokensTest {

    private static final String ISSUER = "https://sso.example.test/realms/example";
    private HttpServer jwksServer;
    private RsaJsonWebKey providerKey;
    private LogoutTokens tokens;

    @BeforeEach
    void provider() throws IOException, JoseException {
        providerKey = RsaJwkGenerator.generateJwk(2048);
        providerKey.setKeyId("k1");
        String jwks = new JsonWebKeySet(providerKey).toJson();
        jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwksServer.createContext("/certs", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwksServer.start();
        String jwksUri = "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/certs";
        tokens = new LogoutTokens();
        tokens.endpoints = new OidcEndpoints() {
            @Override
            Keys keys(String tenant) {
                return new Keys(jwksUri, ISSUER);
            }
        };
        tokens.providers = new SsoProviders() {
            @Override
            String clientId(String id) {
                return "webmail";
            }
        };
    }

    @AfterEach
    void stop() {
        jwksServer.stop(0);
    }

    private JwtClaims valid() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("webmail");
        claims.setIssuedAtToNow();
        claims.setGeneratedJwtId();
        claims.setSubject("f3a1-alice");
        claims.setClaim("sid", "session-7");
        claims.setClaim("events", Map.of(LogoutTokens.EVENT, Map.of()));
        return claims;
    }

    private String signed(JwtClaims claims, RsaJsonWebKey key) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "logout+jwt");
        return jws.getCompactSerialization();
    }

    @Test
    void aCorrectLogoutTokenNamesTheAccountAndTheSession() throws Exception {
        LogoutTokens.Logout logout = tokens.verify("keycloak", signed(valid(), providerKey));
        assertEquals("f3a1-alice", logout.subject());
        assertEquals("session-7", logout.sid());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        RsaJsonWebKey forger = RsaJwkGenerator.generateJwk(2048);
        forger.setKeyId("k1");
        assertThrows(LogoutTokens.Invalid.class, () -> tokens.verify("keycloak", signed(valid(), forger)));
    }

    @Test
    void aTokenForAnotherClientOrFromAnotherIssuerIsRefused() throws Exception {
        JwtClaims otherClient = valid();
        otherClient.setAudience("another-app");
        assertThrows(LogoutTokens.Invalid.class, () -> tokens.verify("keycloak", signed(otherClient, providerKey)));
        JwtClaims otherIssuer = valid();
        otherIssuer.setIssuer("https://evil.example.test/realms/example");
        assertThrows(LogoutTokens.Invalid.class, () -> tokens.verify("keycloak", signed(otherIssuer, providerKey)));
    }

    @Test
    void anOldTokenAnIdTokenOrATokenWithoutTheLogoutEventIsRefused() throws Exception {
        JwtClaims old = valid();
        old.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 3600));
        assertThrows(LogoutTokens.Invalid.class, () -> tokens.verify("keycloak", signed(old, providerKey)));
        JwtClaims withNonce = valid();
        withNonce.setClaim("nonce", "n-1");
        assertThrows(LogoutTokens.Invalid.class, () -> tokens.verify("keycloak", signed(withNonce, providerKey)));
        JwtClaims noEvent = valid();
        noEvent.unsetClaim("events");
        assertThrows(LogoutTokens.Invalid.class, () -> tokens.verify("keycloak", signed(noEvent, providerKey)));
        JwtClaims nobody = valid();
        nobody.unsetClaim("sub");
        nobody.unsetClaim("sid");
        assertThrows(LogoutTokens.Invalid.class, () -> tokens.verify("keycloak", signed(nobody, providerKey)));
    }

    @Test
    void garbageIsRefused() {
        for (String junk : List.of("", "not.a.jwt", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")) {
            LogoutTokens.Invalid e = assertThrows(LogoutTokens.Invalid.class, () -> tokens.verify("keycloak", junk));
            assertTrue(e.getMessage() != null);
        }
    }
}
