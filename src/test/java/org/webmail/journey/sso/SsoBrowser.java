package org.webmail.journey.sso;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser for the single sign-on journeys: follows redirects between the webmail (HTTPS, its test certificate)
 * and Keycloak (plain HTTP on loopback) by hand, keeps cookies per host itself (Keycloak marks its cookies Secure
 * even over http://127.0.0.1, which the JDK's cookie store would then never send back), and fills Keycloak's real
 * login form.
 */
final class SsoBrowser {

    /** A page the browser ended up on after following redirects. */
    record Page(URI uri, int status, String body) {
        Document document() {
            return Jsoup.parse(body, uri.toString());
        }
    }

    private final HttpClient http;
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

    SsoBrowser() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String authType) { }

                public void checkServerTrusted(X509Certificate[] chain, String authType) { }

                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom()); // the webmail's generated test certificate, on loopback only
            http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET, then follow every redirect. */
    Page open(URI uri) {
        return follow(send(HttpRequest.newBuilder(uri).GET(), uri));
    }

    /** One request without following redirects. */
    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET(), uri);
    }

    /** Submits a page's form (the first that matches {@code selector}) with these fields changed, then follows redirects. */
    Page submit(Page page, String selector, Map<String, String> fields) {
        Element form = page.document().selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector + " on " + page.uri() + ":\n" + page.body());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            values.put(input.attr("name"), input.attr("value"));
        }
        values.putAll(fields);
        URI action = URI.create(form.absUrl("action"));
        return post(action, values);
    }

    Page post(URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return follow(send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", uri.getScheme() + "://" + uri.getAuthority()).POST(HttpRequest.BodyPublishers.ofString(body)), uri));
    }

    /** Posts multipart/form-data (the compose form), then follows redirects. */
    Page postMultipart(URI uri, Map<String, String> fields) {
        String boundary = "sso" + java.util.UUID.randomUUID().toString().replace("-", "");
        return follow(send(HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", uri.getScheme() + "://" + uri.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofByteArray(SsoJourney.multipart(boundary, fields))), uri));
    }

    /** The value of one of the webmail's cookies (e.g. the CSRF token the pages' forms carry). */
    String cookie(URI site, String name) {
        return cookies.getOrDefault(site.getHost(), Map.of()).get(name);
    }

    void forgetCookies(URI site) {
        cookies.remove(site.getHost());
    }

    private Page follow(HttpResponse<String> response) {
        for (int hops = 0; hops < 20; hops++) {
            int status = response.statusCode();
            if (status < 300 || status >= 400) {
                return new Page(response.uri(), status, response.body());
            }
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET(), next);
        }
        throw new AssertionError("more than 20 redirects, last at " + response.uri());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, URI uri) {
        Map<String, String> jar = cookies.getOrDefault(uri.getHost(), Map.of());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            remember(uri, response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(uri.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(URI uri, List<String> setCookies) {
        Map<String, String> jar = cookies.computeIfAbsent(uri.getHost(), h -> new LinkedHashMap<>());
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            boolean expired = header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty();
            if (expired) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
    }
}
