package org.webmail.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A minimal browser for journeys over HTTPS: keeps cookies like a browser does, sends the CSRF token from its
 * cookie in forms (as the pages' hidden field does), and does not follow redirects so tests can see them.
 */
public final class Browser {

    public static final String CSRF_COOKIE = "__Host-webmail-csrf";
    public static final String SESSION_COOKIE = "__Host-webmail-session";

    private final Map<String, String> cookies = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private final String baseUri;
    private java.net.InetAddress localAddress;

    public Browser() {
        this("https://localhost:" + Integer.getInteger("quarkus.http.test-ssl-port", 8444));
    }

    public Browser(String baseUri) {
        this.baseUri = baseUri;
    }

    public RequestSpecification request() {
        // config() replaces the whole configuration, so it goes before relaxedHTTPSValidation() (the test
        // server's certificate is the build's self-signed one).
        RestAssuredConfig config = RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));
        if (localAddress != null) {
            config = config.httpClient(HttpClientConfig.httpClientConfig().setParam("http.route.local-address", localAddress));
        }
        return given().config(config).relaxedHTTPSValidation().baseUri(baseUri).cookies(cookies).headers(headers);
    }

    /**
     * Connects from another loopback address (e.g. 127.0.0.2), so the webmail, and the mail server it tells, see a
     * different client: failed sign-ins then slow down only that address.
     */
    public Browser from(String loopbackAddress) {
        try {
            localAddress = java.net.InetAddress.getByName(loopbackAddress);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    /** Sends this header with every later request, as a browser sends its Accept-Language. */
    public Browser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return remember(request().get(path));
    }

    /** Posts a form the way the page would: with the CSRF field filled from this browser's cookie. */
    public Response post(String path, Map<String, String> form) {
        ensureCsrfCookie();
        Map<String, String> fields = new HashMap<>(form);
        fields.putIfAbsent("csrf", cookies.get(CSRF_COOKIE));
        return remember(request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields).post(path));
    }

    public Response signIn(String username, String password) {
        return post("/login", Map.of("username", username, "password", password, "zone", "Europe/Lisbon"));
    }

    public Browser signedIn(String username, String password) {
        Response response = signIn(username, password);
        if (response.statusCode() != 303) {
            throw new AssertionError("sign-in failed: " + response.statusCode() + "\n" + response.asString());
        }
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void forget(String cookieName) {
        cookies.remove(cookieName);
    }

    private void ensureCsrfCookie() {
        if (!cookies.containsKey(CSRF_COOKIE)) {
            get("/login");
        }
    }

    private Response remember(Response response) {
        response.getDetailedCookies().forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return response;
    }
}
