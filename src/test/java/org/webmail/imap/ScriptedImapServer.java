package org.webmail.imap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny IMAP server that answers from a script, for failures a real server will not produce on demand
 * (a BYE in the middle of a command). It knows greeting, CAPABILITY, LOGIN, AUTHENTICATE, NOOP and LOGOUT; every
 * other command goes to the script, which gets the connection number (1-based) and the command line without its tag.
 * AUTHENTICATE takes any mechanism (with or without SASL-IR, RFC 4959) and records the decoded client message, so
 * tests can check the exact bytes a token or a master user sends; GreenMail knows only XOAUTH2 and checks no token.
 */
final class ScriptedImapServer implements AutoCloseable {

    /** Untagged lines to send, then the tagged completion; or, when {@code hangUp}, the lines and then a closed socket. */
    record Reply(List<String> untagged, boolean hangUp, String completion) {
        static Reply ok(String... untagged) {
            return new Reply(List.of(untagged), false, "OK done");
        }

        static Reply bye(String text) {
            return new Reply(List.of("* BYE " + text), true, null);
        }

        /** A refusal, e.g. {@code no("[OVERQUOTA] Quota exceeded")} (RFC 3501 section 7.1.2). */
        static Reply no(String text) {
            return new Reply(List.of(), false, "NO " + text);
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
    private final List<Authentication> authentications = new CopyOnWriteArrayList<>();
    private volatile String tokenError;

    /** One AUTHENTICATE: the mechanism, the client's message decoded, and its answer to an error challenge (or null). */
    record Authentication(String mechanism, String message, String answerToError) {
    }

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

    List<Authentication> authentications() {
        return List.copyOf(authentications);
    }

    /**
     * From now on every AUTHENTICATE is refused as a server refuses a bad token: the JSON error as a challenge
     * (RFC 7628 section 3.2.2), then, whatever the client answers, a tagged NO.
     */
    void refuseTokensWith(String jsonError) {
        this.tokenError = jsonError;
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
                if (command.toUpperCase(Locale.ROOT).startsWith("AUTHENTICATE ")) {
                    authenticate(tag, command, in, out);
                    continue;
                }
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
                send(out, tag + " " + reply.completion());
                if (command.toUpperCase(Locale.ROOT).startsWith("LOGOUT")) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away: this conversation is over
        }
    }

    private void authenticate(String tag, String command, BufferedReader in, OutputStream out) throws IOException {
        String[] words = command.split(" ");
        String response = words.length > 2 ? words[2] : null;
        if (response == null) {
            send(out, "+ ");
            response = in.readLine();
        }
        String message = decode(response);
        if (tokenError == null) {
            authentications.add(new Authentication(words[1], message, null));
            send(out, tag + " OK authenticated");
            return;
        }
        send(out, "+ " + Base64.getEncoder().encodeToString(tokenError.getBytes(StandardCharsets.UTF_8)));
        authentications.add(new Authentication(words[1], message, decode(in.readLine())));
        send(out, tag + " NO [AUTHENTICATIONFAILED] Authentication failed.");
    }

    private static String decode(String base64) {
        return base64 == null || base64.equals("=") ? "" : new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
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
