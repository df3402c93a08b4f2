package org.webmail.imap;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A TCP relay between the client and a real IMAP server that records what the client sends and how many
 * connections are open, so tests can count connections and commands server-side instead of trusting the pool.
 * It can also cut every connection at once, as a server restart or a NAT timeout would.
 */
final class ImapWireTap implements AutoCloseable {

    private final int targetPort;
    private final ServerSocket listener;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger maxOpen = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Set<String> hiddenCapabilities = ConcurrentHashMap.newKeySet();

    ImapWireTap(int targetPort) throws IOException {
        this(targetPort, InetAddress.getLoopbackAddress());
    }

    /** Listens on another loopback address (127.0.0.2), e.g. to reach a server under a name its certificate lacks. */
    ImapWireTap(int targetPort, InetAddress listenOn) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, listenOn);
        Thread.ofVirtual().name("wiretap-accept").start(this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    int openConnections() {
        return open.get();
    }

    int maxOpenConnections() {
        return maxOpen.get();
    }

    int acceptedConnections() {
        return accepted.get();
    }

    /** Client command lines without their tags, e.g. "FETCH 1:50 (ENVELOPE ...)". */
    List<String> commands() {
        List<String> withoutTags = new ArrayList<>();
        for (String line : commands) {
            int space = line.indexOf(' ');
            withoutTags.add(space < 0 ? line : line.substring(space + 1));
        }
        return withoutTags;
    }

    long count(String commandRegex) {
        Pattern pattern = Pattern.compile(commandRegex, Pattern.CASE_INSENSITIVE);
        return commands().stream().filter(c -> pattern.matcher(c).find()).count();
    }

    /** Removes a capability from what the server advertises, to exercise the path for servers without it (may be called again). */
    void hideCapability(String capability) {
        hiddenCapabilities.add(capability);
    }

    void forgetCommands() {
        commands.clear();
    }

    /** Drops every live connection without a word, as a restarted server does. */
    void cutAll() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    /** Waits until the relay has seen every connection end (a LOGOUT may still be on its way). */
    void awaitOpenConnections(int expected) throws InterruptedException {
        for (int i = 0; i < 100 && open.get() != expected; i++) {
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cutAll();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                accepted.incrementAndGet();
                maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                sockets.add(client);
                sockets.add(server);
                AtomicInteger ends = new AtomicInteger();
                Thread.ofVirtual().start(() -> pump(client, server, true, ends));
                Thread.ofVirtual().start(() -> {
                    if (hiddenCapabilities.isEmpty()) {
                        pump(server, client, false, ends);
                    } else {
                        pumpLines(server, client, ends);
                    }
                });
            } catch (IOException e) {
                return; // listener closed
            }
        }
    }

    private void pump(Socket from, Socket to, boolean record, AtomicInteger ends) {
        StringBuilder line = new StringBuilder();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int count;
            while ((count = in.read(buffer)) != -1) {
                out.write(buffer, 0, count);
                out.flush();
                for (int i = 0; record && i < count; i++) {
                    line = recordByte(line, buffer[i] & 0xff);
                }
            }
        } catch (IOException e) {
            // one side went away; the finally block tears down the pair
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            if (ends.incrementAndGet() == 2) {
                open.decrementAndGet();
            }
        }
    }

    /** Server to client line by line, so a CAPABILITY line can be edited on its way. */
    private void pumpLines(Socket from, Socket to, AtomicInteger ends) {
        try (InputStream in = new BufferedInputStream(from.getInputStream()); OutputStream out = to.getOutputStream()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                line.write(b);
                if (b == '\n') { // every IMAP response, literals included, ends with CRLF (RFC 3501 section 2.2)
                    out.write(edit(line.toByteArray()));
                    out.flush();
                    line.reset();
                }
            }
        } catch (IOException e) {
            // one side went away; the finally block tears down the pair
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            if (ends.incrementAndGet() == 2) {
                open.decrementAndGet();
            }
        }
    }

    private byte[] edit(byte[] line) {
        String text = new String(line, StandardCharsets.ISO_8859_1);
        if (text.contains("CAPABILITY")) {
            for (String hidden : hiddenCapabilities) {
                text = text.replace(" " + hidden + " ", " ").replace(" " + hidden + "]", "]").replace(" " + hidden + "\r", "\r");
            }
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private StringBuilder recordByte(StringBuilder line, int b) {
        if (b == '\n') {
            commands.add(line.toString().strip());
            return new StringBuilder();
        }
        return line.length() < 4096 ? line.append((char) b) : line; // literals (APPEND data) need not be kept whole
    }

    private void closeQuietly(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed: nothing left to release
        }
    }
}
