package org.webmail.remotecontent;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A sender's image server on loopback, allow-listed for the proxy (it is not a public address), plus an
 * "internal" server on another port that nothing may reach. Both record what they were asked.
 */
public class ImageServerResource implements QuarkusTestResourceLifecycleManager {

    /** One request as the server saw it. */
    public record Seen(String server, String path, String cookie, String referer, String userAgent) {
    }

    /** A 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    static final byte[] GIF = Base64.getDecoder().decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
    /** The cap the test configuration sets, so "too large" needs no megabytes. */
    static final int MAX_BYTES = 100_000;

    static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    private static HttpServer images;
    private static HttpServer internal;

    static int port() {
        return images.getAddress().getPort();
    }

    static int internalPort() {
        return internal.getAddress().getPort();
    }

    static String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    @Override
    public Map<String, String> start() {
        try {
            images = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        images.createContext("/", exchange -> answer("images", exchange));
        internal.createContext("/", exchange -> answer("internal", exchange));
        images.start();
        internal.start();
        return Map.of("webmail.remote-content.allowed-private-hosts", "127.0.0.1:" + port(),
                "webmail.remote-content.max-bytes", Integer.toString(MAX_BYTES));
    }

    @Override
    public void stop() {
        images.stop(0);
        internal.stop(0);
    }

    private static void answer(String server, HttpExchange exchange) throws IOException {
        var headers = exchange.getRequestHeaders();
        SEEN.add(new Seen(server, exchange.getRequestURI().toString(), headers.getFirst("Cookie"),
                headers.getFirst("Referer"), headers.getFirst("User-Agent")));
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/pixel.png" -> send(exchange, 200, "image/png", PNG, false);
            case "/chunked.gif" -> send(exchange, 200, "image/gif", GIF, true);
            case "/drawing.svg" -> send(exchange, 200, "image/svg+xml",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8), false);
            case "/page.html" -> send(exchange, 200, "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), false);
            case "/html-that-starts-like-a-gif" -> send(exchange, 200, "text/html", GIF, false);
            case "/huge.png" -> send(exchange, 200, "image/png", huge(), false);
            case "/huge-chunked.png" -> send(exchange, 200, "image/png", huge(), true);
            case "/hop" -> redirect(exchange, "/pixel.png");
            case "/loop" -> redirect(exchange, "/loop");
            default -> {
                if (path.startsWith("/redirect/")) {
                    redirect(exchange, exchange.getRequestURI().getRawQuery());
                } else {
                    send(exchange, 404, "text/plain", new byte[0], false);
                }
            }
        }
    }

    private static byte[] huge() {
        byte[] bytes = new byte[MAX_BYTES + 1];
        System.arraycopy(PNG, 0, bytes, 0, PNG.length);
        return bytes;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean chunked) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
