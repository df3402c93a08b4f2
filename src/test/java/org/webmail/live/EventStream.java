package org.webmail.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A browser's EventSource, reduced to what the journeys need: GET /events with the session cookie over HTTPS, the
 * stream read line by line (HTML Living Standard, "Server-sent events", the event stream interpretation).
 */
public final class EventStream implements AutoCloseable {

    /** One dispatched event; a comment line is kept as an event named ":" (heartbeats are comments). */
    public record Event(String id, String name, String data) {
    }

    private static final Event END = new Event(null, "(end of stream)", null);

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final HttpResponse<InputStream> response;
    private volatile String retry;

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.body = response.body();
        Thread.ofVirtual().name("sse-reader").start(this::read);
    }

    public static EventStream open(String baseUri, String sessionCookie, String folder, String lastEventId) {
        return open(baseUri, sessionCookie, folder, lastEventId, "en");
    }

    /** A stream opened by a browser that asks for pages in {@code acceptLanguage}. */
    public static EventStream open(String baseUri, String sessionCookie, String folder, String lastEventId, String acceptLanguage) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + "/events?folder=" + folder))
                    .header("Accept", "text/event-stream").header("Cookie", sessionCookie).header("Accept-Language", acceptLanguage);
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            return new EventStream(client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse("");
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    public String retry() {
        return retry;
    }

    /** The next event of this name, skipping others; fails after the timeout or at the end of the stream. */
    public Event next(String name, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new AssertionError("no '" + name + "' event within " + timeout);
                }
                if (event == END) {
                    events.add(END);
                    throw new AssertionError("the stream ended before a '" + name + "' event");
                }
                if (event.name().equals(name)) {
                    return event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next event of any name but comments; fails after the timeout or at the end of the stream. */
    public Event nextAny(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new AssertionError("no event within " + timeout);
                }
                if (event == END) {
                    events.add(END);
                    throw new AssertionError("the stream ended");
                }
                if (!event.name().equals(":")) {
                    return event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The events of this name that come within the time given (the stream staying open). */
    public java.util.List<Event> collect(String name, Duration during) {
        java.util.List<Event> found = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + during.toNanos();
        try {
            while (true) {
                Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    return found;
                }
                if (event == END) {
                    events.add(END);
                    return found;
                }
                if (event.name().equals(name)) {
                    found.add(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return found;
        }
    }

    /** Whether the server ended the stream within the timeout (events before the end are skipped). */
    public boolean endsWithin(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    return false;
                }
                if (event == END) {
                    events.add(END);
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name == null ? "message" : name, data.toString()));
                    }
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, ":", line.substring(1).strip()));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "retry" -> retry = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> { }
                    }
                }
            }
        } catch (IOException e) {
            // closed by us, or the connection broke: either way the stream is over
        } finally {
            events.add(END);
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private static HttpClient client() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String type) { }
                public void checkServerTrusted(X509Certificate[] chain, String type) { } // the build's self-signed test certificate
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, null);
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
