package org.webmail.interop.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.interop.oidc.InteropKeycloak.ALICE;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.webmail.interop.oidc.InteropKeycloak.SsoUser;
import org.webmail.interop.oidc.KeycloakTokens.Tokens;

/**
 * The realm "mail" of the interop Keycloak as the webmail meets it: the fixed issuer, the webmail client's
 * authorization-code flow that insists on PKCE and on a registered redirect URI, tokens meant for the mail server,
 * and an e-mail address (which Dovecot maps to the mailbox) that only administrators can change.
 * Needs src/test/interop/start.
 */
class KeycloakSmokeIT {

    @Test
    void discoveryNamesTheFixedIssuer() throws Exception {
        HttpResponse<String> response = InteropKeycloak.get(InteropKeycloak.DISCOVERY, Map.of());
        assertEquals(200, response.statusCode());
        JsonNode discovery = InteropKeycloak.json(response.body());
        assertEquals(InteropKeycloak.ISSUER, discovery.path("issuer").asText());
        assertEquals(InteropKeycloak.TOKEN_ENDPOINT, discovery.path("token_endpoint").asText());
        assertTrue(texts(discovery.path("code_challenge_methods_supported")).contains("S256"));
    }

    @Test
    void webmailSignInGivesATokenMeantForTheMailServer() throws Exception {
        Tokens tokens = KeycloakTokens.signIn(ALICE);
        JsonNode claims = InteropKeycloak.claims(tokens.accessToken());
        assertEquals(InteropKeycloak.ISSUER, claims.path("iss").asText());
        assertEquals("webmail", claims.path("azp").asText());
        assertTrue(audience(claims).contains("dovecot"), "aud names the mail server: " + audience(claims));
        assertEquals(ALICE.email(), claims.path("email").asText(), "Dovecot's username_attribute");
        assertTrue(claims.path("email_verified").asBoolean());
        assertEquals(tokens.expiresInSeconds(), claims.path("exp").asLong() - claims.path("iat").asLong());
        assertTrue(tokens.refreshToken() != null && !tokens.refreshToken().isEmpty(), "a refresh token for later connections");
    }

    @Test
    void signInWithoutPkceIsRefused() throws Exception {
        HttpResponse<String> response = InteropKeycloak.get(KeycloakTokens.authorizationUrl("s1", null), Map.of());
        // RFC 6749 section 4.1.2.1: the error goes back to the (registered) redirect URI, no code.
        assertEquals(302, response.statusCode());
        Map<String, String> callback = KeycloakTokens.query(response.headers().firstValue("Location").orElseThrow());
        assertEquals("invalid_request", callback.get("error"));
        assertFalse(callback.containsKey("code"));
    }

    @Test
    void unregisteredRedirectUriIsRefused() throws Exception {
        String url = KeycloakTokens.authorizationUrl("s2", KeycloakTokens.s256(KeycloakTokens.randomUrlSafe(32)))
                .replace("localhost%3A8444", "webmail.example.org");
        HttpResponse<String> response = InteropKeycloak.get(url, Map.of());
        assertEquals(400, response.statusCode(), "an error page, never a redirect to an unknown site");
        assertTrue(response.headers().firstValue("Location").isEmpty());
    }

    @Test
    void wrongPasswordAtTheLoginFormIsRefused() {
        SsoUser impostor = new SsoUser(ALICE.username(), "not-" + ALICE.password(), ALICE.email());
        assertThrows(IllegalStateException.class, () -> KeycloakTokens.signIn(impostor));
    }

    @Test
    void webmailClientHasNoPasswordGrant() throws Exception {
        HttpResponse<String> response = KeycloakTokens.rawTokenRequest(InteropKeycloak.WEBMAIL, Map.of(
                "grant_type", "password", "username", ALICE.username(), "password", ALICE.password()));
        assertEquals("unauthorized_client", InteropKeycloak.json(response.body()).path("error").asText());
    }

    @Test
    void onlyAdministratorsMayChangeTheEmailAddress() throws Exception {
        HttpResponse<String> adminLogin = InteropKeycloak.postForm(
                InteropKeycloak.BASE_URL + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", InteropKeycloak.ADMIN_USER, "password", InteropKeycloak.ADMIN_PASSWORD), Map.of());
        assertEquals(200, adminLogin.statusCode());
        String adminToken = InteropKeycloak.json(adminLogin.body()).path("access_token").asText();
        HttpResponse<String> profile = InteropKeycloak.get(InteropKeycloak.BASE_URL + "/admin/realms/mail/users/profile",
                Map.of("Authorization", "Bearer " + adminToken));
        assertEquals(200, profile.statusCode());
        JsonNode email = StreamSupport.stream(InteropKeycloak.json(profile.body()).path("attributes").spliterator(), false)
                .filter(a -> a.path("name").asText().equals("email")).findFirst().orElseThrow();
        // A user who could edit it could take over someone else's mailbox: Dovecot trusts the claim.
        assertEquals(List.of("admin"), texts(email.path("permissions").path("edit")));
    }

    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? texts(aud) : List.of(aud.asText());
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
