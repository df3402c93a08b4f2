package org.webmail.imap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny IMAP server that answers from a script, for failures a real server will not produce on demand
 * (a BYE in the middle of a command). It knows greeting, CAPABILITY, LOGIN, NOOP and LOGOUT; every other command
 * goes to the script, which gets the connection number (1-based) and the command line without its tag.
 */
final class ScriptedImapServer implements AutoCloseable {

    /** Untagged lines to send, then the tagged OK; or, when {@code hangUp}, the lines and then a closed socket. */
    record Reply(List<String> untagged, boolean hangUp) {
        static Reply ok(String... untagged) {
            return new Reply(List.of(untagged), false);
        }

        static Reply bye(String text) {
            return new Reply(List.of("* BYE " + text), true);
        }
    }

    @FunctionalInterface
    interface Script {
        Reply answer(int connection, String command);
    }

    private final ServerSocket listener;
    private final String capabilities;
    private final Script script;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> commands = new CopyOnWriteArrayList<>();

    ScriptedImapServer(String capabilities, Script script) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.capabilities = capabilities;
        this.script = script;
        Thread.ofVirtual().name("scripted-imap").start(this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    /** Every command line received, without tags, in order. */
    List<String> commands() {
        return List.copyOf(commands);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                int number = connections.incrementAndGet();
                Thread.ofVirtual().start(() -> converse(socket, number));
            } catch (IOException e) {
                return; // listener closed
            }
        }
    }

    private void converse(Socket socket, int number) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
             OutputStream out = socket.getOutputStream()) {
            send(out, "* OK [CAPABILITY " + capabilities + "] scripted server ready");
            String line;
            while ((line = in.readLine()) != null) {
                int space = line.indexOf(' ');
                String tag = line.substring(0, space);
                String command = line.substring(space + 1);
                commands.add(command);
                Reply reply = builtIn(command);
                if (reply == null) {
                    reply = script.answer(number, command);
                }
                for (String untagged : reply.untagged()) {
                    send(out, untagged);
                }
                if (reply.hangUp()) {
                    return;
                }
                send(out, tag + " OK done");
                if (command.toUpperCase(Locale.ROOT).startsWith("LOGOUT")) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away: this conversation is over
        }
    }

    private Reply builtIn(String command) {
        String verb = command.split(" ", 2)[0].toUpperCase(Locale.ROOT);
        return switch (verb) {
            case "CAPABILITY" -> Reply.ok("* CAPABILITY " + capabilities);
            case "LOGIN", "NOOP" -> Reply.ok();
            case "LOGOUT" -> Reply.ok("* BYE logging out");
            default -> null;
        };
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
