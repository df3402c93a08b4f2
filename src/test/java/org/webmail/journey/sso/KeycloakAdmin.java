package org.webmail.journey.sso;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.webmail.interop.oidc.InteropKeycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the journeys ask of the interop Keycloak's administrator (its admin REST API, realm "mail"). */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM_ADMIN = InteropKeycloak.BASE_URL + "/admin/realms/" + InteropKeycloak.REALM;

    private KeycloakAdmin() {
    }

    /** Signs the user out of every session at Keycloak, as a help desk would; Keycloak then tells the webmail. */
    static void signOutEverywhere(String username) throws IOException, InterruptedException {
        String id = first(send("GET", "/users?exact=true&username=" + username, null)).get("id").asText();
        expect(204, send("POST", "/users/" + id + "/logout", null));
    }

    /** Lets the webmail client ask for a scope Keycloak does not know yet (e.g. Google's https://mail.google.com/). */
    static void allowScope(String scope) throws IOException, InterruptedException {
        send("POST", "/client-scopes", "{\"name\":\"" + scope + "\",\"protocol\":\"openid-connect\","
                + "\"attributes\":{\"include.in.token.scope\":\"true\"}}"); // 409 when it is there already
        String scopeId = null;
        for (JsonNode s : JSON.readTree(send("GET", "/client-scopes", null).body())) {
            if (s.get("name").asText().equals(scope)) {
                scopeId = s.get("id").asText();
            }
        }
        String clientId = first(send("GET", "/clients?clientId=" + InteropKeycloak.WEBMAIL.id(), null)).get("id").asText();
        expect(204, send("PUT", "/clients/" + clientId + "/optional-client-scopes/" + scopeId, null));
    }

    /** Gives a user a realm role (e.g. offline_access, which a refresh token that outlives the session needs). */
    static void grantRealmRole(String username, String role) throws IOException, InterruptedException {
        String id = first(send("GET", "/users?exact=true&username=" + username, null)).get("id").asText();
        HttpResponse<String> found = send("GET", "/roles/" + role, null);
        expect(200, found);
        expect(204, send("POST", "/users/" + id + "/role-mappings/realm", "[" + found.body() + "]"));
    }

    private static JsonNode first(HttpResponse<String> response) throws IOException {
        expect(200, response);
        return JSON.readTree(response.body()).get(0);
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(REALM_ADMIN + path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=" + URLEncoder.encode("admin-pass", StandardCharsets.UTF_8);
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(InteropKeycloak.BASE_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(token.body()).get("access_token").asText();
    }
}
