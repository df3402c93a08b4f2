package org.webmail.interop.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.webmail.interop.oidc.InteropKeycloak.Client;
import org.webmail.interop.oidc.InteropKeycloak.SsoUser;

/**
 * Real tokens from the interop Keycloak: as the webmail gets them (authorization-code flow with PKCE, RFC 7636,
 * through Keycloak's own login form, as a browser would post it), by the password grant of a test-only client,
 * and by refresh.
 */
public final class KeycloakTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form\\b[^>]*\\bid=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");

    private KeycloakTokens() {
    }

    /** What the token endpoint answered (RFC 6749 section 5.1). */
    public record Tokens(String accessToken, String refreshToken, long expiresInSeconds) {
        @Override
        public String toString() {
            return "Tokens[expires in " + expiresInSeconds + " s]"; // tokens never go into a report or log
        }
    }

    /** The webmail's sign-in: Keycloak's login form with the user's password, then the code exchanged with PKCE. */
    public static Tokens signIn(SsoUser user) throws IOException, InterruptedException {
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);
        HttpResponse<String> loginPage = InteropKeycloak.get(authorizationUrl(state, s256(verifier)), Map.of());
        if (loginPage.statusCode() != 200) {
            throw new IllegalStateException("no login form: HTTP " + loginPage.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", user.username());
        form.put("password", user.password());
        form.put("credentialId", "");
        // Keycloak marks its login cookies Secure; they are sent back by hand because this is plain http on loopback.
        HttpResponse<String> afterLogin = InteropKeycloak.postForm(loginFormAction(loginPage.body()), form,
                Map.of("Cookie", cookies(loginPage)));
        String location = afterLogin.headers().firstValue("Location").orElse("");
        if (afterLogin.statusCode() != 302 || !location.startsWith(InteropKeycloak.WEBMAIL_REDIRECT_URI)) {
            throw new IllegalStateException("login of " + user + " was not accepted: HTTP " + afterLogin.statusCode());
        }
        Map<String, String> callback = query(location);
        if (!state.equals(callback.get("state")) || callback.get("code") == null) {
            throw new IllegalStateException("redirect without this request's state or without a code");
        }
        return tokenRequest(InteropKeycloak.WEBMAIL, Map.of(
                "grant_type", "authorization_code",
                "code", callback.get("code"),
                "redirect_uri", InteropKeycloak.WEBMAIL_REDIRECT_URI,
                "code_verifier", verifier));
    }

    /** The password grant (RFC 6749 section 4.3) of a test-only client. */
    public static Tokens password(Client client, SsoUser user) throws IOException, InterruptedException {
        return tokenRequest(client, Map.of("grant_type", "password", "username", user.username(),
                "password", user.password(), "scope", "openid"));
    }

    public static Tokens refresh(Client client, String refreshToken) throws IOException, InterruptedException {
        return tokenRequest(client, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** Ends the Keycloak session the refresh token belongs to, as the webmail's sign-out does. */
    public static void signOut(Client client, String refreshToken) throws IOException, InterruptedException {
        HttpResponse<String> response = InteropKeycloak.postForm(InteropKeycloak.LOGOUT_ENDPOINT,
                Map.of("refresh_token", refreshToken), Map.of("Authorization", client.basicAuthorization()));
        if (response.statusCode() != 204) {
            throw new IllegalStateException("logout refused: HTTP " + response.statusCode() + " " + response.body());
        }
    }

    /** The token endpoint's answer as it is, for tests of what Keycloak refuses. */
    public static HttpResponse<String> rawTokenRequest(Client client, Map<String, String> form) throws IOException, InterruptedException {
        return InteropKeycloak.postForm(InteropKeycloak.TOKEN_ENDPOINT, form, Map.of("Authorization", client.basicAuthorization()));
    }

    /** The webmail's authorization request (RFC 6749 section 4.1.1) with a PKCE challenge, or none when null. */
    public static String authorizationUrl(String state, String codeChallenge) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", InteropKeycloak.WEBMAIL.id());
        params.put("response_type", "code");
        params.put("scope", "openid");
        params.put("redirect_uri", InteropKeycloak.WEBMAIL_REDIRECT_URI);
        params.put("state", state);
        if (codeChallenge != null) {
            params.put("code_challenge", codeChallenge);
            params.put("code_challenge_method", "S256");
        }
        return InteropKeycloak.AUTHORIZATION_ENDPOINT + "?" + InteropKeycloak.formEncode(params);
    }

    private static Tokens tokenRequest(Client client, Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> response = rawTokenRequest(client, form);
        JsonNode body = InteropKeycloak.json(response.body());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(client + ": token request refused: HTTP " + response.statusCode() + " "
                    + body.path("error").asText() + " " + body.path("error_description").asText());
        }
        return new Tokens(body.path("access_token").asText(), body.path("refresh_token").asText(null),
                body.path("expires_in").asLong());
    }

    private static String loginFormAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("Keycloak's page has no login form kc-form-login");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("login form without action");
        }
        return action.group(1).replace("&amp;", "&");
    }

    private static String cookies(HttpResponse<?> response) {
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        return setCookies.stream().map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; "));
    }

    /** The decoded query parameters of a URL, e.g. Keycloak's redirect back to the webmail. */
    static Map<String, String> query(String url) {
        Map<String, String> params = new HashMap<>();
        String raw = URI.create(url).getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
