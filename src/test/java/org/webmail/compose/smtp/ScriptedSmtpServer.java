package org.webmail.compose.smtp;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted SMTP server on a loopback port for the failures a real server will not produce on demand: it
 * speaks just enough RFC 5321 (EHLO, AUTH PLAIN, MAIL, RCPT, DATA, RSET, QUIT) and answers each step with the
 * reply the test chose. {@link #DROP} as a reply closes the connection instead of answering.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    static final String DROP = "DROP";
    /** As the greeting: accept the connection and never say a word (a hung server). */
    static final String STALL = "STALL";

    /** One message whose data the server read to the end (whatever it then answered). */
    record Transaction(String mailFrom, List<String> rcptTo, String data, String authorization, String reply) {
    }

    private final ServerSocket socket;
    private final Thread acceptor;
    private final List<Transaction> transactions = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> authMechanisms = new CopyOnWriteArrayList<>();
    private final List<String> answersToTokenErrors = new CopyOnWriteArrayList<>();
    private volatile String advertisedAuth = "PLAIN";
    private volatile String tokenError;
    private volatile String greeting = "220 scripted.test ESMTP ready";
    private volatile String authReply = "235 2.7.0 Authentication successful";
    private volatile String mailReply = "250 2.1.0 Ok";
    private volatile String rcptReply = "250 2.1.5 Ok";
    private final List<String> endOfDataReplies = Collections.synchronizedList(new ArrayList<>());
    private volatile int connections;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = Thread.ofPlatform().daemon().name("scripted-smtp").start(this::acceptLoop);
        reset();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Back to a server that accepts everything, with no connection open. */
    void reset() {
        dropConnections();
        greeting = "220 scripted.test ESMTP ready";
        authReply = "235 2.7.0 Authentication successful";
        mailReply = "250 2.1.0 Ok";
        rcptReply = "250 2.1.5 Ok";
        endOfDataReplies.clear();
        transactions.clear();
        authorizations.clear();
        authMechanisms.clear();
        answersToTokenErrors.clear();
        advertisedAuth = "PLAIN";
        tokenError = null;
        connections = 0;
    }

    void greeting(String reply) {
        greeting = reply;
    }

    void authReply(String reply) {
        authReply = reply;
    }

    /** The mechanisms EHLO offers (RFC 4954 section 3), e.g. "PLAIN LOGIN XOAUTH2 OAUTHBEARER". */
    void advertiseAuth(String mechanisms) {
        advertisedAuth = mechanisms;
    }

    /**
     * From now on every AUTH is refused as Postfix with Dovecot refuses a bad token: "334 &lt;base64 JSON error&gt;"
     * (RFC 7628 section 3.2.2), then, after the client's answer, 535.
     */
    void refuseTokensWith(String jsonError) {
        tokenError = jsonError;
    }

    void mailReply(String reply) {
        mailReply = reply;
    }

    void rcptReply(String reply) {
        rcptReply = reply;
    }

    /** Replies to the end of data, one per message in order; after the last, "250 2.0.0 Ok: queued as Q<n>". */
    void endOfDataReplies(String... replies) {
        endOfDataReplies.clear();
        endOfDataReplies.addAll(List.of(replies));
    }

    List<Transaction> transactions() {
        return List.copyOf(transactions);
    }

    /** Messages the server accepted with a 250 after the end of data. */
    List<Transaction> accepted() {
        return transactions.stream().filter(t -> t.reply().startsWith("250")).toList();
    }

    /** Every AUTH response received (the client's first message), decoded. */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** The mechanism of every AUTH command, in order. */
    List<String> authMechanisms() {
        return List.copyOf(authMechanisms);
    }

    /** What the client answered to each token error challenge, decoded (empty for an empty line). */
    List<String> answersToTokenErrors() {
        return List.copyOf(answersToTokenErrors);
    }

    int connections() {
        return connections;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        dropConnections();
        acceptor.interrupt();
    }

    /** Drops every open connection, as a restarted server would (a client's kept connection is then dead). */
    void dropConnections() {
        closeConnections(null);
    }

    /** Says 421 to every open connection and closes it, as Postfix does to a client idle past smtpd_timeout. */
    void timeOutIdleConnections() {
        closeConnections("421 4.4.2 scripted.test Error: timeout exceeded\r\n");
    }

    private void closeConnections(String lastWords) {
        for (Socket client : open) {
            try {
                if (lastWords != null) {
                    client.getOutputStream().write(lastWords.getBytes(StandardCharsets.US_ASCII));
                    client.getOutputStream().flush();
                }
                client.close();
            } catch (IOException e) {
                // already gone
            }
        }
        open.clear();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections++;
                open.add(client);
                // One thread per connection: a client may keep a connection open between messages.
                Thread.ofVirtual().name("scripted-smtp-dialogue").start(() -> converse(client));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    System.err.println("scripted SMTP: " + e);
                }
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            client.setSoTimeout(60_000);
            new Dialogue(client).run();
        } catch (IOException e) {
            if (!socket.isClosed() && open.contains(client)) {
                System.err.println("scripted SMTP: " + e);
            }
        } finally {
            open.remove(client);
        }
    }

    private final class Dialogue {
        private final BufferedReader in;
        private final OutputStream out;
        private String authorization;
        private String mailFrom;
        private final List<String> rcptTo = new ArrayList<>();

        Dialogue(Socket client) throws IOException {
            in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            out = client.getOutputStream();
        }

        void run() throws IOException {
            if (STALL.equals(greeting)) {
                in.readLine(); // until the client gives up and closes
                return;
            }
            send(greeting);
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                boolean open = switch (verb) {
                    case "EHLO" -> send("250-scripted.test\r\n250-AUTH " + advertisedAuth + "\r\n250-8BITMIME\r\n250 SIZE 10240000");
                    case "AUTH" -> auth(line);
                    case "MAIL" -> {
                        mailFrom = line.substring(line.indexOf(':') + 1).strip();
                        rcptTo.clear();
                        yield send(mailReply);
                    }
                    case "RCPT" -> {
                        rcptTo.add(line.substring(line.indexOf(':') + 1).strip());
                        yield send(rcptReply);
                    }
                    case "DATA" -> data();
                    case "RSET", "NOOP" -> send("250 2.0.0 Ok");
                    case "QUIT" -> {
                        send("221 2.0.0 Bye");
                        yield false;
                    }
                    default -> send("502 5.5.2 Command not recognized");
                };
                if (!open) {
                    return;
                }
            }
        }

        private boolean auth(String line) throws IOException {
            String[] words = line.split(" ");
            String response = words.length > 2 ? words[2] : null;
            if (response == null) {
                send("334 ");
                response = in.readLine();
            }
            authorization = decode(response);
            authorizations.add(authorization);
            authMechanisms.add(words[1].toUpperCase(Locale.ROOT));
            if (tokenError == null) {
                return send(authReply);
            }
            send("334 " + Base64.getEncoder().encodeToString(tokenError.getBytes(StandardCharsets.UTF_8)));
            String answer = in.readLine();
            if (answer == null) {
                return false; // the client hung up instead of answering
            }
            answersToTokenErrors.add(decode(answer));
            return send("535 5.7.8 Error: authentication failed");
        }

        private static String decode(String base64) {
            return new String(Base64.getDecoder().decode(base64.equals("=") ? "" : base64), StandardCharsets.UTF_8);
        }

        private boolean data() throws IOException {
            if (!send("354 End data with <CR><LF>.<CR><LF>")) {
                return false;
            }
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            String line;
            while ((line = in.readLine()) != null && !line.equals(".")) {
                // RFC 5321 section 4.5.2: remove the transparency dot
                String unstuffed = line.startsWith(".") ? line.substring(1) : line;
                data.writeBytes((unstuffed + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            if (line == null) {
                return false;
            }
            String reply = nextEndOfDataReply();
            transactions.add(new Transaction(mailFrom, List.copyOf(rcptTo), data.toString(StandardCharsets.ISO_8859_1), authorization, reply));
            return send(reply);
        }

        private String nextEndOfDataReply() {
            synchronized (endOfDataReplies) {
                return endOfDataReplies.isEmpty() ? "250 2.0.0 Ok: queued as Q" + (transactions.size() + 1) : endOfDataReplies.remove(0);
            }
        }

        /** Writes a reply; false when the script says to drop the connection instead. */
        private boolean send(String reply) throws IOException {
            if (DROP.equals(reply)) {
                return false;
            }
            out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return true;
        }
    }
}
