package org.webmail.remotecontent;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET (RFC 9112) to an address the {@link AddressGuard} accepted.
 * <p>
 * Why a small client of our own instead of {@code java.net.http.HttpClient}: that client resolves the host
 * itself when it connects and cannot be pinned to an address, so a name could resolve to a public address for
 * our check and to 127.0.0.1 a moment later for the connection (DNS rebinding). Here the socket connects to the
 * very {@link InetAddress} that was checked, while TLS still speaks to the URL's host: SNI (RFC 6066 section 3)
 * and certificate checking against that name (endpoint identification "HTTPS", RFC 9110 section 4.3.4). The
 * request carries no cookie, no Referer and a neutral User-Agent; Connection: close keeps it one request per
 * socket; Accept-Encoding: identity keeps the bytes sniffable.
 */
final class HttpExchange {

    static final String USER_AGENT = "webmail-image-proxy";
    private static final int MAX_LINE = 8192;
    private static final int MAX_HEADERS = 100;

    /** The status, the headers (names lower-cased, last one wins) and, for a 200 only, the body. */
    record Reply(int status, Map<String, String> headers, byte[] body) {
    }

    /** Timeouts and size cap for one exchange; {@code deadline} is a {@link System#nanoTime()} instant. */
    record Limits(Duration connectTimeout, Duration readTimeout, long maxBytes, long deadline) {

        int millisLeft(Duration cap) throws SocketTimeoutException {
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (left <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            return (int) Math.max(1, Math.min(left, cap.toMillis()));
        }
    }

    private HttpExchange() {
    }

    /** @param tls the JDK's default factory (its trust store decides which certificates hold); tests give their own */
    static Reply get(AddressGuard.Target target, InetAddress address, Limits limits, SSLSocketFactory tls)
            throws IOException, RefusedImage {
        try (Socket socket = connect(target, address, limits, tls)) {
            OutputStream out = socket.getOutputStream();
            out.write(request(target).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(new DeadlineInput(socket, limits));
            int status = statusCode(line(in));
            Map<String, String> headers = headers(in);
            while (status < 200) { // RFC 9110 section 15.2: interim answers (103 Early Hints) come before the final one
                status = statusCode(line(in));
                headers = headers(in);
            }
            byte[] body = status == 200 ? ReplyBody.read(in, headers, limits.maxBytes()) : new byte[0];
            return new Reply(status, headers, body);
        }
    }

    private static Socket connect(AddressGuard.Target target, InetAddress address, Limits limits, SSLSocketFactory factory)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, target.port()), limits.millisLeft(limits.connectTimeout()));
            if (!target.tls()) {
                return socket;
            }
            SSLSocket tls = (SSLSocket) factory.createSocket(socket, target.host(), target.port(), true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            serverName(target.host(), parameters);
            tls.setSSLParameters(parameters);
            tls.setSoTimeout(limits.millisLeft(limits.readTimeout()));
            tls.startHandshake();
            return tls;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** SNI carries host names only (RFC 6066 section 3: "Literal IPv4 and IPv6 addresses are not permitted"). */
    private static void serverName(String host, SSLParameters parameters) {
        try {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        } catch (IllegalArgumentException literalAddress) {
            parameters.setServerNames(List.of());
        }
    }

    private static String request(AddressGuard.Target target) {
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/" : target.uri().getRawPath();
        String query = target.uri().getRawQuery() == null ? "" : "?" + target.uri().getRawQuery();
        boolean defaultPort = target.port() == (target.tls() ? 443 : 80);
        String host = (target.host().contains(":") ? "[" + target.host() + "]" : target.host())
                + (defaultPort ? "" : ":" + target.port());
        return "GET " + path + query + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + USER_AGENT
                + "\r\nAccept: image/avif,image/webp,image/png,image/gif,image/jpeg,image/*;q=0.8\r\n"
                + "Accept-Encoding: identity\r\nConnection: close\r\n\r\n";
    }

    private static int statusCode(String statusLine) throws RefusedImage {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9]{2}")) {
            throw new RefusedImage(Outcome.UPSTREAM_FAILED, "not an HTTP/1.x status line");
        }
        return Integer.parseInt(parts[1]);
    }

    private static Map<String, String> headers(InputStream in) throws IOException, RefusedImage {
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < MAX_HEADERS; i++) {
            String line = line(in);
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        throw new RefusedImage(Outcome.UPSTREAM_FAILED, "too many header lines");
    }

    /** A CRLF (or bare LF) terminated line, without its end. */
    static String line(InputStream in) throws IOException, RefusedImage {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new RefusedImage(Outcome.UPSTREAM_FAILED, "connection closed mid-line");
            }
            if (line.size() >= MAX_LINE) {
                throw new RefusedImage(Outcome.UPSTREAM_FAILED, "line too long");
            }
            line.write(c);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** Every read waits at most the read timeout, and never past the overall deadline. */
    private static final class DeadlineInput extends FilterInputStream {
        private final Socket socket;
        private final Limits limits;

        DeadlineInput(Socket socket, Limits limits) throws IOException {
            super(socket.getInputStream());
            this.socket = socket;
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            socket.setSoTimeout(limits.millisLeft(limits.readTimeout()));
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            socket.setSoTimeout(limits.millisLeft(limits.readTimeout()));
            return super.read(b, off, len);
        }
    }
}
