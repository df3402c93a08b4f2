package org.webmail.interop.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Keycloak started by {@code src/test/interop/start}: realm "mail" imported from
 * {@code src/test/interop/keycloak/mail-realm.json}, its clients and users, and one HTTP client with every timeout set.
 * The issuer is fixed by {@code --hostname}, whichever loopback name a request uses.
 */
public final class InteropKeycloak {

    public static final String BASE_URL = "http://127.0.0.1:18080";
    public static final String REALM = "mail";
    public static final String ISSUER = BASE_URL + "/realms/" + REALM;
    public static final String DISCOVERY = ISSUER + "/.well-known/openid-configuration";
    public static final String AUTHORIZATION_ENDPOINT = ISSUER + "/protocol/openid-connect/auth";
    public static final String TOKEN_ENDPOINT = ISSUER + "/protocol/openid-connect/token";
    public static final String LOGOUT_ENDPOINT = ISSUER + "/protocol/openid-connect/logout";

    /** The webmail: authorization-code flow with PKCE S256 only; its tokens carry the audience "dovecot". */
    public static final Client WEBMAIL = new Client("webmail", "webmail-secret");
    /** What Dovecot introspects tokens as. */
    public static final Client DOVECOT = new Client("dovecot", "dovecot-secret");
    /** Test only: the password grant, tokens like the webmail's (audience "dovecot"). */
    public static final Client MAIL_TEST = new Client("mail-test", "mail-test-secret");
    /** Test only: the password grant, tokens for the mail server that expire after 2 s. */
    public static final Client MAIL_TEST_EXPIRING = new Client("mail-test-expiring", "mail-test-expiring-secret");
    /** Another application of the realm: its tokens are not meant for the mail server (no "dovecot" audience). */
    public static final Client OTHER_APP = new Client("other-app", "other-app-secret");

    /** A redirect URI the realm accepts for the webmail (any https port on localhost or 127.0.0.1). */
    public static final String WEBMAIL_REDIRECT_URI = "https://localhost:8444/oidc/callback";

    /** The users: their Keycloak passwords differ from their mail passwords on purpose. */
    public static final SsoUser ALICE = new SsoUser("alice", "alice-sso-pass", "alice@example.test");
    public static final SsoUser BOB = new SsoUser("bob", "bob-sso-pass", "bob@example.test");
    public static final SsoUser CAROL = new SsoUser("carol", "carol-sso-pass", "carol@example.test");

    /** Keycloak's bootstrap administrator in the master realm (start sets it). */
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin-pass";

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER) // the code flow reads Keycloak's redirects itself
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private InteropKeycloak() {
    }

    public record Client(String id, String secret) {
        @Override
        public String toString() {
            return id; // never the secret in a test report
        }

        String basicAuthorization() {
            String pair = URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
    }

    public record SsoUser(String username, String password, String email) {
        @Override
        public String toString() {
            return username;
        }
    }

    static HttpResponse<String> get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    static HttpResponse<String> postForm(String url, Map<String, String> form, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)));
        headers.forEach(request::header);
        return send(request.build());
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    /** The claims of a JWT access token (payload only; the signature is Keycloak's and Dovecot's business). */
    public static JsonNode claims(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWS compact serialisation");
        }
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new IllegalStateException("No Keycloak at " + BASE_URL + ": run src/test/interop/start first (as root)", e);
        }
    }
}
