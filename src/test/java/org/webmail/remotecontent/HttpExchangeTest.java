package org.webmail.remotecontent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pinned HTTPS exchange against a real TLS server on loopback, with the build's certificate for "localhost":
 * the socket goes to the address it is given (no lookup of the URL's host), and TLS names and checks the URL's host.
 */
class HttpExchangeTest {

    private static final Path CERTS = Path.of("target/certs");
    private static final char[] PASSWORD = "changeit".toCharArray();

    private SSLServerSocket server;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store("webmail-keystore.p12"), PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread.startVirtualThread(this::serve);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void theRequestGoesToThePinnedAddressWithTheUrlsHostForSniCertificateAndHostHeader() throws Exception {
        int port = server.getLocalPort();
        AddressGuard.Target target = new AddressGuard.Target(URI.create("https://localhost:" + port + "/logo.png?x=1"),
                true, "localhost", port, true);
        HttpExchange.Reply reply = HttpExchange.get(target, InetAddress.getLoopbackAddress(), limits(), trusting());
        assertEquals(200, reply.status());
        assertEquals("image/png", reply.headers().get("content-type"));
        assertArrayEquals(ImageServerResource.PNG, reply.body());
        assertEquals("sni=localhost", seen.getFirst());
        assertEquals("GET /logo.png?x=1 HTTP/1.1", seen.get(1));
        assertTrue(seen.contains("Host: localhost:" + port), seen.toString());
        assertTrue(seen.contains("User-Agent: " + HttpExchange.USER_AGENT), seen.toString());
        assertFalse(seen.stream().anyMatch(line -> line.startsWith("Cookie") || line.startsWith("Referer")), seen.toString());
    }

    @Test
    void aCertificateThatDoesNotNameTheUrlsHostIsRefusedEvenAtThePinnedAddress() {
        int port = server.getLocalPort();
        // images.example does not resolve anywhere: the socket reaches the server only through the pinned address.
        AddressGuard.Target target = new AddressGuard.Target(URI.create("https://images.example:" + port + "/logo.png"),
                true, "images.example", port, true);
        assertThrows(SSLException.class,
                () -> HttpExchange.get(target, InetAddress.getLoopbackAddress(), limits(), trusting()));
        assertTrue(seen.stream().noneMatch(line -> line.startsWith("GET")), "no request was sent: " + seen);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (SSLSocket socket = (SSLSocket) server.accept()) {
                socket.startHandshake();
                ExtendedSSLSession session = (ExtendedSSLSession) socket.getSession();
                seen.add("sni=" + session.getRequestedServerNames().stream()
                        .map(name -> new String(name.getEncoded(), StandardCharsets.US_ASCII)).findFirst().orElse(""));
                readRequest(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " + ImageServerResource.PNG.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(ImageServerResource.PNG);
                out.flush();
            } catch (IOException e) {
                // a refused handshake or the server closing: the next accept decides
            }
        }
    }

    private void readRequest(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            seen.add(line);
        }
    }

    private static HttpExchange.Limits limits() {
        return new HttpExchange.Limits(Duration.ofSeconds(5), Duration.ofSeconds(10), 100_000,
                System.nanoTime() + Duration.ofSeconds(30).toNanos());
    }

    private static SSLSocketFactory trusting() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store("webmail-truststore.p12"));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    private static KeyStore store(String file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(CERTS.resolve(file))) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
