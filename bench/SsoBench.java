import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The single sign-on benchmark of issue "Sign in once through OIDC": time from the OIDC callback (the browser
 * returning from Keycloak with the code) to the inbox page, split by request into
 *   token exchange   the callback request: Quarkus OIDC trades the code for tokens at Keycloak (PKCE, client secret)
 *   mail login       GET /sso/keycloak: IMAP connect + TLS + XOAUTH2 (Dovecot introspects the token at Keycloak),
 *                    the account link and the session (the IMAP part alone: the webmail's webmail.sso.mail.login timer)
 *   inbox            GET / until the inbox page: folder list, message list, rendering
 * for a first sign-in (Keycloak's login form filled in, outside the timing; no IMAP connection of the user open) and
 * for a returning user (Keycloak still knows the browser, so it answers at once; the browser lost its webmail
 * session cookie, and the user's pooled IMAP connection is still warm). Each round ends with a sign-out, here and
 * at Keycloak, which also closes the user's IMAP connections.
 *
 *   java bench/SsoBench.java https://localhost:9443 alice alice-sso-pass     (-Dbench.runs, -Dbench.warmup)
 */
public class SsoBench {

    static final int RUNS = Integer.getInteger("bench.runs", 50);
    static final int WARMUP = Integer.getInteger("bench.warmup", 10);

    public static void main(String[] args) throws Exception {
        URI web = URI.create(args[0]);
        String user = args[1];
        String password = args[2];
        long[][] first = new long[4][RUNS];
        long[][] returning = new long[4][RUNS];
        double[] loginBefore = mailLogin(new Client(), web);
        for (int i = -WARMUP; i < RUNS; i++) {
            Client browser = new Client();
            long[] a = signIn(browser, web, user, password, true);
            browser.forget(web.getHost()); // the webmail session goes; Keycloak's stays
            long[] b = signIn(browser, web, user, password, false);
            signOut(browser, web); // here and at Keycloak: the next first sign-in starts cold, form and IMAP login included
            if (i >= 0) {
                for (int p = 0; p < 4; p++) {
                    first[p][i] = a[p];
                    returning[p][i] = b[p];
                }
            }
        }
        double[] loginAfter = mailLogin(new Client(), web);
        String[] phases = {"token exchange", "mail login + session", "inbox page", "callback -> inbox"};
        for (int p = 0; p < 4; p++) {
            report("first sign-in:  " + phases[p], first[p]);
        }
        for (int p = 0; p < 4; p++) {
            report("returning user: " + phases[p], returning[p]);
        }
        double count = loginAfter[0] - loginBefore[0];
        System.out.printf("  server: IMAP connect + TLS + XOAUTH2 (with Dovecot's introspection), mean %.2f ms (n=%.0f, warm-up included)%n",
                (loginAfter[1] - loginBefore[1]) / count * 1000, count);
    }

    /** One sign-in; returns the three timed requests and their sum, in nanoseconds. */
    static long[] signIn(Client browser, URI web, String user, String password, boolean expectForm) throws Exception {
        HttpResponse<String> toKeycloak = browser.get(web.resolve("/sso/keycloak"));
        URI at = location(toKeycloak);
        HttpResponse<String> r = browser.get(at);
        while (r.statusCode() == 302 || r.statusCode() == 303) { // Keycloak may bounce within itself
            at = location(r);
            if (at.getHost().equals(web.getHost())) {
                break;
            }
            r = browser.get(at);
        }
        URI callback;
        if (at.getHost().equals(web.getHost())) {
            callback = at; // a returning user: no form
        } else {
            if (!expectForm && r.statusCode() == 200) {
                throw new IllegalStateException("Keycloak asked a returning user to sign in again");
            }
            Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(r.body());
            if (!action.find()) {
                throw new IllegalStateException("no Keycloak login form at " + at + ":\n" + r.body());
            }
            URI post = URI.create(action.group(1).replace("&amp;", "&"));
            HttpResponse<String> posted = browser.post(post, Map.of("username", user, "password", password, "credentialId", ""));
            callback = location(posted);
        }
        long t0 = System.nanoTime();
        HttpResponse<String> exchanged = browser.get(callback);
        long t1 = System.nanoTime();
        HttpResponse<String> signedIn = browser.get(location(exchanged));
        long t2 = System.nanoTime();
        if (signedIn.statusCode() != 303) {
            throw new IllegalStateException("sign-in answered " + signedIn.statusCode() + ": " + signedIn.body());
        }
        HttpResponse<String> inbox = browser.get(location(signedIn));
        while (inbox.statusCode() == 303 || inbox.statusCode() == 302) {
            inbox = browser.get(location(inbox));
        }
        long t3 = System.nanoTime();
        if (inbox.statusCode() != 200 || !inbox.body().contains("INBOX")) {
            throw new IllegalStateException("no inbox: " + inbox.statusCode());
        }
        return new long[] {t1 - t0, t2 - t1, t3 - t2, t3 - t0};
    }

    /** POST /logout with the page's CSRF token, then the redirect through Keycloak's end-session endpoint. */
    static void signOut(Client browser, URI web) throws Exception {
        String csrf = browser.cookies.getOrDefault(web.getHost(), Map.of()).get("__Host-webmail-csrf");
        HttpResponse<String> r = browser.post(web.resolve("/logout"), Map.of("csrf", csrf));
        for (int hops = 0; hops < 10 && (r.statusCode() == 302 || r.statusCode() == 303); hops++) {
            r = browser.get(location(r));
        }
    }

    /** The webmail's own timer of the token mail login: {count, sum seconds}. */
    static double[] mailLogin(Client client, URI web) throws Exception {
        double[] v = new double[2];
        for (String line : client.get(web.resolve("/q/metrics")).body().split("\n")) {
            if (line.startsWith("webmail_sso_mail_login_seconds_count")) {
                v[0] += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("webmail_sso_mail_login_seconds_sum")) {
                v[1] += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return v;
    }

    static URI location(HttpResponse<String> response) {
        return response.uri().resolve(response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(response.uri() + " answered " + response.statusCode() + " without Location")));
    }

    static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-44s p50 %7.2f ms   p95 %7.2f ms   (n=%d)%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted.length);
    }

    /** HTTP/1.1 keep-alive, redirects by hand, cookies per host kept by hand (Keycloak's are Secure even over http). */
    static final class Client {
        final HttpClient http;
        final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

        Client() throws Exception {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] c, String a) { }
                public void checkServerTrusted(X509Certificate[] c, String a) { }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, new SecureRandom()); // the bench's own webmail on loopback, with its generated certificate
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls)
                    .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        void forget(String host) {
            cookies.remove(host);
        }

        HttpResponse<String> get(URI uri) throws Exception {
            return send(HttpRequest.newBuilder(uri).GET(), uri);
        }

        HttpResponse<String> post(URI uri, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), uri);
        }

        private HttpResponse<String> send(HttpRequest.Builder request, URI uri) throws Exception {
            Map<String, String> jar = cookies.getOrDefault(uri.getHost(), Map.of());
            if (!jar.isEmpty()) {
                request.header("Cookie", jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> into = cookies.computeIfAbsent(uri.getHost(), h -> new LinkedHashMap<>());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String value = pair.substring(eq + 1).strip();
                    if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                        into.remove(pair.substring(0, eq).strip());
                    } else {
                        into.put(pair.substring(0, eq).strip(), value);
                    }
                }
            }
            return response;
        }
    }
}
