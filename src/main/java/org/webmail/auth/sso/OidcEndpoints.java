package org.webmail.auth.sso;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two provider calls the webmail makes itself, outside the sign-in redirect that Quarkus OIDC runs: the token
 * endpoint for a refresh (RFC 6749 section 6) and the end-session endpoint for sign-out (OIDC RP-Initiated Logout).
 * Both come from the provider's discovery document, fetched once per provider. Every call has a timeout.
 */
@ApplicationScoped
public class OidcEndpoints {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** New tokens from a refresh; {@code refreshToken} is the old one when the provider did not rotate it. */
    public record Refreshed(String accessToken, long expiresInSeconds, String refreshToken, String idToken) {
    }

    /** The provider refused the refresh (revoked, expired, user disabled) or could not be reached. */
    public static final class RefreshFailed extends Exception {
        private final boolean refused;

        RefreshFailed(String message, boolean refused) {
            super(message);
            this.refused = refused;
        }

        /** True when the provider said no (HTTP 400/401); false when it could not be asked. */
        public boolean refused() {
            return refused;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> discovery = new ConcurrentHashMap<>();

    @Inject
    SsoProviders providers;

    Refreshed refresh(String tenant, String refreshToken) throws RefreshFailed {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", providers.clientId(tenant));
        providers.clientSecret(tenant).ifPresent(secret -> form.put("client_secret", secret)); // client_secret_post
        HttpResponse<String> response;
        try {
            String endpoint = metadata(tenant).path("token_endpoint").asText(null);
            if (endpoint == null) {
                throw new RefreshFailed("the provider's discovery document names no token endpoint", false);
            }
            response = http.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(form))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RefreshFailed("the provider could not be reached: " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefreshFailed("interrupted", false);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
            // RFC 6749 section 5.2: invalid_grant and friends; never echo the token, only the error code.
            String error = body.path("error").asText("HTTP " + response.statusCode());
            throw new RefreshFailed("the provider refused to renew the sign-in (" + error + ")",
                    response.statusCode() == 400 || response.statusCode() == 401);
        }
        return new Refreshed(body.get("access_token").asText(), body.path("expires_in").asLong(60),
                body.path("refresh_token").asText(refreshToken), body.path("id_token").asText(null));
    }

    /** Where to send the browser to end the provider's session too, if the provider supports it. */
    Optional<URI> endSession(String tenant, String idTokenHint, URI afterwards) {
        String endpoint;
        try {
            endpoint = metadata(tenant).path("end_session_endpoint").asText(null);
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty(); // the local sign-out stands on its own
        }
        if (endpoint == null) {
            return Optional.empty();
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (idTokenHint != null) {
            query.put("id_token_hint", idTokenHint);
        }
        query.put("client_id", providers.clientId(tenant));
        query.put("post_logout_redirect_uri", afterwards.toString());
        return Optional.of(URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + urlEncoded(query)));
    }

    /** The provider's signing keys and its exact issuer name, for checking the tokens it sends us (logout tokens). */
    record Keys(String jwksUri, String issuer) {
    }

    Keys keys(String tenant) throws IOException, InterruptedException {
        JsonNode document = metadata(tenant);
        String jwks = document.path("jwks_uri").asText(null);
        String issuer = document.path("issuer").asText(null);
        if (jwks == null || issuer == null) {
            throw new IOException("the provider's discovery document names no jwks_uri or issuer");
        }
        return new Keys(jwks, issuer);
    }

    private JsonNode metadata(String tenant) throws IOException, InterruptedException {
        JsonNode known = discovery.get(tenant);
        if (known != null) {
            return known;
        }
        String issuer = providers.issuer(tenant).replaceAll("/+$", "");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(TIMEOUT).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("discovery document of " + issuer + " answered HTTP " + response.statusCode());
        }
        JsonNode document = parse(response.body());
        discovery.put(tenant, document);
        return document;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String urlEncoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
