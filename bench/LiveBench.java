import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

/**
 * Live updates benchmark (bench/live): how long a change takes to reach a browser's event stream, and what an open
 * stream costs the webmail.
 *
 *   delivery URL  - a message delivered to user01 by LMTP (Dovecot, 10024) or by submission (Postfix 10587, with
 *                   -Dbench.via=submission) until its message-new event is read from user01's stream
 *   flags URL     - \Flagged toggled by another IMAPS client of user01 until the message-flags event is read
 *   users URL     - N users (-Dbench.users, default 500: user01..user500@example.test) sign in, then each opens a stream
 *                   and waits for "watching"; heap after a full GC (jcmd, -Dbench.pid) and live platform threads
 *                   from /q/metrics before and after the streams, per user
 */
public class LiveBench {

    static final String PASSWORD = "user-pass";
    static final int RUNS = Integer.getInteger("bench.runs", 100);
    static final int WARMUP = 10;

    public static void main(String[] args) throws Exception {
        String part = args[0];
        String web = args[1];
        switch (part) {
            case "delivery" -> delivery(web);
            case "flags" -> flags(web);
            case "users" -> users(web, Integer.getInteger("bench.users", 500));
            default -> throw new IllegalArgumentException(part);
        }
    }

    static String user(int n) {
        return String.format("user%02d@example.test", n); // user01 ... user99, user100 ...: the interop users file's names
    }

    // --- latency -------------------------------------------------------------------------------------------------

    static void delivery(String web) throws Exception {
        String who = "user01@example.test";
        Browser browser = new Browser(web);
        browser.signIn(who, PASSWORD);
        try (Stream stream = browser.stream("INBOX")) {
            stream.await("watching", null, Duration.ofSeconds(30));
            String via = System.getProperty("bench.via", "lmtp");
            long[] nanos = new long[RUNS];
            for (int i = -WARMUP; i < RUNS; i++) {
                String subject = "live-" + System.nanoTime();
                long start = System.nanoTime();
                if (via.equals("lmtp")) {
                    lmtp(who, subject);
                } else {
                    submission(who, subject);
                }
                stream.await("message-new", subject, Duration.ofSeconds(30));
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            report("delivery (" + via + ") -> message-new", nanos);
        }
    }

    static void flags(String web) throws Exception {
        String who = "user01@example.test";
        Browser browser = new Browser(web);
        browser.signIn(who, PASSWORD);
        try (Stream stream = browser.stream("INBOX"); Store store = imaps(who)) {
            stream.await("watching", null, Duration.ofSeconds(30));
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            if (inbox.getMessageCount() == 0) {
                lmtp(who, "flag me");
                Thread.sleep(500);
                inbox.getMessageCount(); // NOOP: see it
            }
            jakarta.mail.Message message = inbox.getMessage(inbox.getMessageCount());
            long uid = ((UIDFolder) inbox).getUID(message);
            long[] nanos = new long[RUNS];
            boolean flagged = message.isSet(Flags.Flag.FLAGGED);
            for (int i = -WARMUP; i < RUNS; i++) {
                flagged = !flagged;
                long start = System.nanoTime();
                message.setFlag(Flags.Flag.FLAGGED, flagged); // STORE, answered by the server
                stream.await("message-flags", "\"uid\":" + uid + ",", Duration.ofSeconds(30));
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            report("flag change by another client -> message-flags", nanos);
        }
    }

    static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("%-50s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (n=%d)%n", what,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, nanos[nanos.length - 1] / 1e6, nanos.length);
    }

    // --- many users ----------------------------------------------------------------------------------------------

    static void users(String web, int count) throws Exception {
        List<Browser> browsers = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Browser browser = new Browser(web);
            browser.signIn(user(n), PASSWORD);
            browsers.add(browser);
        }
        Metrics before = Metrics.read(web);
        List<Stream> streams = new ArrayList<>();
        long start = System.nanoTime();
        for (Browser browser : browsers) {
            streams.add(browser.stream("INBOX"));
        }
        for (Stream stream : streams) {
            stream.await("watching", null, Duration.ofSeconds(120));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Metrics after = Metrics.read(web);
        System.out.printf("%d users signed in, then %d streams opened and watching in %.1f s%n", count, streams.size(), seconds);
        System.out.printf("  heap after GC: %.1f MB signed in, %.1f MB with streams: %.1f KB per user's stream and watcher%n",
                before.heap / 1e6, after.heap / 1e6, (after.heap - before.heap) / 1e3 / count);
        System.out.printf("  live platform threads: %d signed in, %d with streams: %.3f per user%n",
                before.threads, after.threads, (after.threads - before.threads) / (double) count);
        System.out.printf("  webmail_live_streams %d, webmail_live_watchers %d%n", after.streams, after.watchers);
        streams.forEach(Stream::close);
    }

    record Metrics(long heap, long threads, long streams, long watchers) {
        static Metrics read(String web) throws Exception {
            String pid = System.getProperty("bench.pid");
            if (pid != null) {
                new ProcessBuilder("jcmd", pid, "GC.run").redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                Thread.sleep(1000);
            }
            String text = new Browser(web).get(web + "/q/metrics");
            return new Metrics(sum(text, "jvm_memory_used_bytes{area=\"heap\""), sum(text, "jvm_threads_live_threads"),
                    sum(text, "webmail_live_streams"), sum(text, "webmail_live_watchers"));
        }

        static long sum(String metrics, String prefix) {
            return (long) metrics.lines().filter(l -> l.startsWith(prefix) && (l.charAt(prefix.length()) == ' '
                    || l.charAt(prefix.length()) == ',' || l.charAt(prefix.length()) == '{'))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        }
    }

    // --- clients -------------------------------------------------------------------------------------------------

    /** LMTP (RFC 2033) straight into Dovecot: the delivery path Postfix uses, without Postfix's queue. */
    static void lmtp(String to, String subject) throws Exception {
        String[] host = System.getProperty("bench.lmtp", "127.0.0.1:10024").split(":");
        try (Socket socket = new Socket(host[0], Integer.parseInt(host[1]))) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            send(out, "LHLO bench.example.test");
            expect(in, "250");
            send(out, "MAIL FROM:<bench@example.test>");
            expect(in, "250");
            send(out, "RCPT TO:<" + to + ">");
            expect(in, "250");
            send(out, "DATA");
            expect(in, "354");
            send(out, "From: bench@example.test\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: <" + subject
                    + "@bench.example.test>\r\n\r\nLive update benchmark.\r\n.");
            expect(in, "250");
            send(out, "QUIT");
        }
    }

    static void send(OutputStream out, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    static void expect(BufferedReader in, String code) throws Exception {
        String line;
        do {
            line = in.readLine();
            if (line == null || !line.startsWith(code)) {
                throw new IllegalStateException("LMTP: expected " + code + ", got " + line);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
    }

    static void submission(String to, String subject) throws Exception {
        Properties props = mailProperties("smtp");
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(props);
        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(session);
        message.setFrom(to);
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
        message.setSubject(subject);
        message.setText("Live update benchmark.");
        String[] smtp = System.getProperty("bench.smtp", "localhost:10587").split(":");
        try (jakarta.mail.Transport transport = session.getTransport("smtp")) {
            transport.connect(smtp[0], Integer.parseInt(smtp[1]), to, PASSWORD);
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    static Store imaps(String user) throws Exception {
        String[] imap = System.getProperty("bench.imap", "localhost:10993").split(":");
        Store store = Session.getInstance(mailProperties("imaps")).getStore("imaps");
        store.connect(imap[0], Integer.parseInt(imap[1]), user, PASSWORD);
        return store;
    }

    static Properties mailProperties(String protocol) throws Exception {
        Properties props = new Properties();
        String prefix = "mail." + protocol + ".";
        props.put(prefix + "connectiontimeout", "10000");
        props.put(prefix + "timeout", "30000");
        props.put(prefix + "ssl.checkserveridentity", "true");
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream pem = Files.newInputStream(Path.of(System.getProperty("bench.ca")))) {
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                trust.setCertificateEntry("ca-" + n++, certificate);
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        props.put(prefix + "ssl.socketFactory", context.getSocketFactory());
        return props;
    }

    /** A signed-in browser: its own cookies, HTTP/1.1, the webmail's self-signed certificate accepted. */
    static final class Browser {
        final String web;
        final HttpClient http;

        Browser(String web) throws Exception {
            this.web = web;
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] c, String a) { }
                public void checkServerTrusted(X509Certificate[] c, String a) { }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, null);
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        String get(String url) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        void signIn(String user, String password) throws Exception {
            get(web + "/login");
            String csrf = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("__Host-webmail-csrf")).findFirst().orElseThrow().getValue();
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&csrf=" + enc(csrf);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(web + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 303) {
                throw new IllegalStateException("sign-in of " + user + " failed: " + response.statusCode());
            }
        }

        Stream stream(String folder) throws Exception {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(web + "/events?folder=" + enc(folder)))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/events answered " + response.statusCode());
            }
            return new Stream(response.body());
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** An event stream read line by line on a virtual thread; events are "name data" strings. */
    static final class Stream implements AutoCloseable {
        final InputStream body;
        final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();

        Stream(InputStream body) {
            this.body = body;
            Thread.ofVirtual().start(() -> {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String name = "message";
                    StringBuilder data = new StringBuilder();
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        if (line.isEmpty()) {
                            if (!data.isEmpty()) {
                                events.add(new String[] {name, data.toString()});
                            }
                            name = "message";
                            data.setLength(0);
                        } else if (line.startsWith("event:")) {
                            name = line.substring(6).strip();
                        } else if (line.startsWith("data:")) {
                            data.append(line.substring(5).strip());
                        }
                    }
                } catch (Exception e) {
                    // closed
                }
                events.add(new String[] {"(end)", ""});
            });
        }

        void await(String name, String containing, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                String[] event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null || event[0].equals("(end)")) {
                    throw new IllegalStateException("no " + name + (containing == null ? "" : " with " + containing));
                }
                if (event[0].equals(name) && (containing == null || event[1].contains(containing))) {
                    return;
                }
            }
        }

        @Override
        public void close() {
            try {
                body.close();
            } catch (Exception e) {
                // gone
            }
        }
    }
}
