import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.CookieManager;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.SubjectTerm;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * The send benchmark of issue "Write and send mail": time from the Send click to the submission server's 250 and to
 * the Sent copy, against a raw Jakarta Mail send on a warm connection; and 200 messages from 20 users drained with no
 * loss and no duplicate, counted in the recipients' Dovecot mailboxes. Bounded and loopback only.
 *
 * Usage (see bench/send), every mode with: -Dbench.ca=<test CA pem> -Dbench.imap=host:port -Dbench.smtp=host:port
 *   java -cp <libs> bench/SendBench.java raw                       (a) warm SMTP connection; plus APPEND to Sent on warm IMAP
 *   java -cp <libs> bench/SendBench.java raw-throughput            20 raw connections, 10 messages each, counted
 *   java -cp <libs> bench/SendBench.java webmail <url>             (b) click to 250 ("Sent" on the outbox page) and to Sent copy
 *   java -cp <libs> bench/SendBench.java throughput <url>          (c) 20 users through the webmail, 10 messages each, counted
 * Users: user01..user20@example.test / user-pass (src/test/interop/dovecot/users); user NN sends to user NN+1.
 */
public class SendBench {

    static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    static final int RUNS = Integer.getInteger("bench.runs", 100);
    static final int USERS = Integer.getInteger("bench.users", 20);
    static final int PER_USER = Integer.getInteger("bench.per-user", 10);
    static final long DRAIN_TIMEOUT_MILLIS = Long.getLong("bench.drain-timeout-ms", 600_000);
    static final long STEP_TIMEOUT_MILLIS = Long.getLong("bench.step-timeout-ms", 60_000);
    static final String PASSWORD = System.getProperty("bench.password", "user-pass");
    static final Session BARE = Session.getInstance(new Properties());
    /** The outbox page says the message went out; overridable once the page's markup is known. */
    static final Pattern SENT_STATE = Pattern.compile(System.getProperty("bench.sent-pattern", "\\bSent\\b"));
    static final Pattern FAILED_STATE = Pattern.compile(System.getProperty("bench.failed-pattern",
            "\\b(Failed|Outcome unknown|outcome unknown)\\b"));

    public static void main(String[] args) throws Exception {
        Mail mail = new Mail(Path.of(System.getProperty("bench.ca")), System.getProperty("bench.imap", "localhost:10993"),
                System.getProperty("bench.smtp", "localhost:10587"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        switch (args[0]) {
            case "raw" -> raw(mail, run);
            case "raw-throughput" -> throughput(mail, run, null);
            case "webmail" -> webmail(mail, run, args[1]);
            case "throughput" -> throughput(mail, run, args[1]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static String user(int n) {
        return String.format("user%02d@example.test", n);
    }

    static String recipientOf(int n) {
        return user(n % USERS + 1);
    }

    // ---- (a) raw Jakarta Mail ----

    static void raw(Mail mail, String run) throws Exception {
        String from = user(1);
        try (SMTPTransport smtp = mail.smtp(from); IMAPStore imap = mail.imap(from)) {
            IMAPFolder sent = (IMAPFolder) imap.getFolder("Sent");
            long[] to250 = new long[RUNS];
            long[] toSentCopy = new long[RUNS];
            for (int i = -WARMUP; i < RUNS; i++) {
                long start = System.nanoTime();
                MimeMessage message = mail.message(from, recipientOf(1), "send-bench " + run + " raw " + i);
                smtp.sendMessage(message, message.getAllRecipients());
                if (smtp.getLastReturnCode() != 250) {
                    throw new IllegalStateException("not accepted: " + smtp.getLastServerResponse());
                }
                long accepted = System.nanoTime();
                message.setFlag(Flags.Flag.SEEN, true); // the Sent copy is stored read (RFC 3501 APPEND flags)
                sent.appendMessages(new Message[] {message});
                long copied = System.nanoTime();
                if (i >= 0) {
                    to250[i] = accepted - start;
                    toSentCopy[i] = copied - start;
                }
            }
            report("raw send -> 250 (warm SMTP)", to250);
            report("raw send -> 250 + Sent APPEND", toSentCopy);
        }
    }

    // ---- (b) through the webmail ----

    static void webmail(Mail mail, String run, String web) throws Exception {
        String from = user(1);
        Browser browser = new Browser(web);
        browser.signIn(from, PASSWORD);
        try (IMAPStore imap = mail.imap(from)) {
            IMAPFolder sent = (IMAPFolder) imap.getFolder("Sent");
            sent.open(Folder.READ_ONLY);
            long[] answered = new long[RUNS];
            long[] shown = new long[RUNS];
            long[] toSentCopy = new long[RUNS];
            long[] floor = new long[RUNS];
            Map<String, double[]> before = null;
            for (int i = -WARMUP; i < RUNS; i++) {
                if (i == 0) {
                    before = browser.timers();
                }
                String subject = "send-bench " + run + " webmail " + i;
                Browser.ComposeForm form = browser.openCompose();
                long click = System.nanoTime();
                // The Send POST answers once the server's reply is recorded (webmail.outbox.await-on-send).
                String outbox = browser.send(form, recipientOf(1), subject);
                long redirected = System.nanoTime();
                browser.awaitSent(outbox); // the outbox page the browser follows the redirect to: must say Sent
                long sentShown = System.nanoTime();
                awaitSubject(sent, subject);
                long copied = System.nanoTime();
                long floorStart = System.nanoTime();
                browser.get(web + "/static/favicon.svg"); // the same HTTPS connection, no application code
                long floorEnd = System.nanoTime();
                if (i >= 0) {
                    floor[i] = floorEnd - floorStart;
                    answered[i] = redirected - click;
                    shown[i] = sentShown - click;
                    toSentCopy[i] = copied - click;
                }
            }
            Map<String, double[]> after = browser.timers();
            sent.close(false);
            report("HTTPS floor: GET a static file", floor);
            report("webmail click -> 303 after the 250", answered);
            report("webmail click -> page says Sent", shown);
            report("webmail click -> Sent copy", toSentCopy);
            split(before, after);
        }
    }

    /** Where the click's time goes, from the webmail's own timers (/q/metrics): mean per measured send. */
    static void split(Map<String, double[]> before, Map<String, double[]> after) {
        for (Map.Entry<String, double[]> timer : after.entrySet()) {
            double[] b = before.getOrDefault(timer.getKey(), new double[2]);
            double count = timer.getValue()[0] - b[0];
            if (count > 0) {
                System.out.printf("  server: %-58s mean %7.2f ms   (n=%.0f)%n", timer.getKey(),
                        (timer.getValue()[1] - b[1]) / count * 1000, count);
            }
        }
    }

    /** Polls an open folder until a message with this subject is there (SEARCH also reports new EXISTS). */
    static void awaitSubject(IMAPFolder folder, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + STEP_TIMEOUT_MILLIS;
        while (folder.search(new SubjectTerm(subject)).length == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no Sent copy of '" + subject + "' after " + STEP_TIMEOUT_MILLIS + " ms");
            }
            Thread.sleep(2);
        }
    }

    // ---- (c) throughput: USERS senders x PER_USER messages, counted in the recipients' mailboxes ----

    static void throughput(Mail mail, String run, String web) throws Exception {
        String via = web == null ? "raw" : "webmail";
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<Sender> senders = new ArrayList<>();
        for (int n = 1; n <= USERS; n++) {
            senders.add(web == null ? new RawSender(mail, n) : new WebmailSender(web, n));
        }
        for (Future<?> ready : pool.invokeAll(senders.stream().map(s -> (java.util.concurrent.Callable<Void>) () -> {
            s.prepare();
            return null;
        }).toList())) {
            ready.get();
        }
        Recipients recipients = Recipients.open(mail);
        long start = System.nanoTime();
        List<Future<Void>> queued = new ArrayList<>();
        for (Sender sender : senders) {
            queued.add(pool.submit(() -> {
                for (int i = 1; i <= PER_USER; i++) {
                    sender.send(String.format("send-bench %s %s u%02d #%02d", run, via, sender.number(), i));
                }
                return null;
            }));
        }
        for (Future<Void> f : queued) {
            f.get();
        }
        long allQueued = System.nanoTime();
        pool.shutdown();
        int expected = USERS * PER_USER;
        Count count = recipients.awaitAll("send-bench " + run + " " + via, expected, DRAIN_TIMEOUT_MILLIS);
        long drained = System.nanoTime();
        // Late duplicates would arrive after the last original: look once more after a pause.
        Thread.sleep(Long.getLong("bench.settle-ms", 10_000));
        Count settled = recipients.count("send-bench " + run + " " + via);
        recipients.close();
        System.out.printf("%s throughput: %d messages by %d users queued in %.2f s, all in the recipients' mailboxes after %.2f s"
                        + " (%.1f msg/s)%n", via, expected, USERS, (allQueued - start) / 1e9, (drained - start) / 1e9,
                expected / ((drained - start) / 1e9));
        System.out.printf("%s throughput: delivered %d, distinct Message-IDs %d, distinct subjects %d, missing %d;"
                        + " recounted %d s later: delivered %d, duplicates by Message-ID %d, by subject %d%n", via,
                count.delivered(), count.messageIds(), count.subjects(), expected - count.subjects(),
                Long.getLong("bench.settle-ms", 10_000) / 1000, settled.delivered(),
                settled.delivered() - settled.messageIds(), settled.delivered() - settled.subjects());
        for (Sender sender : senders) {
            sender.close(); // the webmail senders report how many of their outbox pages say "Sent"
        }
        if (settled.delivered() != expected || settled.messageIds() != expected || settled.subjects() != expected) {
            System.out.println("THROUGHPUT CHECK FAILED: expected exactly " + expected + " distinct messages");
            System.exit(1);
        }
    }

    interface Sender extends AutoCloseable {
        int number();

        void prepare() throws Exception;

        void send(String subject) throws Exception;

        @Override
        void close() throws Exception;
    }

    record RawSender(Mail mail, int number, SMTPTransport[] transport) implements Sender {
        RawSender(Mail mail, int number) {
            this(mail, number, new SMTPTransport[1]);
        }

        public void prepare() throws Exception {
            transport[0] = mail.smtp(user(number));
        }

        public void send(String subject) throws Exception {
            MimeMessage message = mail.message(user(number), recipientOf(number), subject);
            transport[0].sendMessage(message, message.getAllRecipients());
        }

        public void close() throws Exception {
            transport[0].close();
        }
    }

    record WebmailSender(Browser browser, int number, List<String> outboxes) implements Sender {
        WebmailSender(String web, int number) throws Exception {
            this(new Browser(web), number, new ArrayList<>());
        }

        public void prepare() throws Exception {
            browser.signIn(user(number), PASSWORD);
        }

        public void send(String subject) throws Exception {
            outboxes.add(browser.send(browser.openCompose(), recipientOf(number), subject));
        }

        public void close() {
            long sent = outboxes.stream().filter(o -> SENT_STATE.matcher(Browser.visibleText(browser.get(o))).find()).count();
            System.out.printf("user%02d: %d of %d outbox pages say Sent%n", number, sent, outboxes.size());
        }
    }

    record Count(int delivered, int messageIds, int subjects) {
    }

    /** The recipients' INBOXes, open on warm IMAP connections, counted by the run's subject prefix. */
    record Recipients(List<IMAPStore> stores, List<IMAPFolder> inboxes) implements AutoCloseable {
        static Recipients open(Mail mail) throws Exception {
            Recipients r = new Recipients(new ArrayList<>(), new ArrayList<>());
            for (int n = 1; n <= USERS; n++) {
                IMAPStore store = mail.imap(user(n));
                r.stores.add(store);
                IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                r.inboxes.add(inbox);
            }
            return r;
        }

        Count count(String prefix) throws Exception {
            int delivered = 0;
            Map<String, Integer> ids = new HashMap<>();
            Map<String, Integer> subjects = new HashMap<>();
            for (IMAPFolder inbox : inboxes) {
                for (Message m : inbox.search(new SubjectTerm(prefix))) {
                    delivered++;
                    String[] id = m.getHeader("Message-ID");
                    ids.merge(id == null ? "none-" + delivered : id[0], 1, Integer::sum);
                    subjects.merge(m.getSubject(), 1, Integer::sum);
                }
            }
            return new Count(delivered, ids.size(), subjects.size());
        }

        Count awaitAll(String prefix, int expected, long timeoutMillis) throws Exception {
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (true) {
                Count count = count(prefix);
                if (count.subjects() >= expected || System.currentTimeMillis() > deadline) {
                    return count;
                }
                Thread.sleep(100);
            }
        }

        public void close() throws Exception {
            for (IMAPStore store : stores) {
                store.close();
            }
        }
    }

    static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-34s p50 %7.2f ms   p95 %7.2f ms   (n=%d)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, sorted.length);
    }

    // ---- protocol clients ----

    /** Jakarta Mail to the interop Dovecot and Postfix: test CA trusted, host names checked, every timeout set. */
    record Mail(SSLSocketFactory tls, String imapHost, int imapPort, String smtpHost, int smtpPort) {
        Mail(Path ca, String imap, String smtp) throws Exception {
            this(trusting(ca), imap.split(":")[0], Integer.parseInt(imap.split(":")[1]), smtp.split(":")[0],
                    Integer.parseInt(smtp.split(":")[1]));
        }

        Properties props(String protocol) {
            Properties p = new Properties();
            String prefix = "mail." + protocol;
            p.put(prefix + ".connectiontimeout", "10000");
            p.put(prefix + ".timeout", "30000");
            p.put(prefix + ".writetimeout", "30000");
            p.put(prefix + ".ssl.checkserveridentity", "true");
            p.put(prefix + ".ssl.socketFactory", tls);
            return p;
        }

        /** Submission with STARTTLS required (port 587 style), authenticated as the sender. */
        SMTPTransport smtp(String user) throws Exception {
            Properties p = props("smtp");
            p.put("mail.smtp.auth", "true");
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
            SMTPTransport transport = (SMTPTransport) Session.getInstance(p).getTransport("smtp");
            transport.connect(smtpHost, smtpPort, user, PASSWORD);
            return transport;
        }

        IMAPStore imap(String user) throws Exception {
            IMAPStore store = (IMAPStore) Session.getInstance(props("imaps")).getStore("imaps");
            store.connect(imapHost, imapPort, user, PASSWORD);
            return store;
        }

        MimeMessage message(String from, String to, String subject) throws Exception {
            MimeMessage message = new MimeMessage(BARE);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject);
            message.setText("A message of the send benchmark.\n\nNothing to see here.\n");
            message.saveChanges();
            return message;
        }

        static SSLSocketFactory trusting(Path pem) throws Exception {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(pem)) {
                int n = 0;
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    trust.setCertificateEntry("ca-" + n++, c);
                }
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context.getSocketFactory();
        }
    }

    /**
     * A scripted browser for the webmail's compose form (plain form, no JavaScript). Contract: GET /compose has hidden
     * inputs "compose" (the compose session) and "csrf", and a select "identity" whose first option is the default;
     * POST multipart /compose with action=send answers 303 to /outbox/{id}, whose page shows the state "Sent".
     */
    static final class Browser {
        final String web;
        final HttpClient http;

        record ComposeForm(String compose, String csrf, String identity) {
        }

        Browser(String web) throws Exception {
            this.web = web;
            // The bench talks to its own webmail on loopback, whose certificate is a generated self-signed one.
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] c, String a) { }
                public void checkServerTrusted(X509Certificate[] c, String a) { }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, null);
            // HTTP/1.1 keep-alive: the JDK client's HTTP/2 path adds milliseconds per request on its own (measured here)
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        String csrfCookie() {
            return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("__Host-webmail-csrf")).findFirst().orElseThrow().getValue();
        }

        void signIn(String user, String password) throws Exception {
            get(web + "/login");
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&csrf=" + enc(csrfCookie());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(web + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 303) {
                throw new IllegalStateException("sign-in of " + user + " failed: " + response.statusCode());
            }
        }

        ComposeForm openCompose() {
            String page = get(web + "/compose");
            String compose = inputValue(page, "compose");
            String csrf = page.contains("name=\"csrf\"") ? inputValue(page, "csrf") : csrfCookie();
            Matcher select = Pattern.compile("(?s)<select[^>]*name=\"identity\"[^>]*>.*?<option[^>]*value=\"([^\"]*)\"").matcher(page);
            if (!select.find()) {
                throw new IllegalStateException("no identity select on /compose");
            }
            return new ComposeForm(compose, csrf, select.group(1));
        }

        /** Presses Send; returns the outbox page's URL from the 303. */
        String send(ComposeForm form, String to, String subject) throws Exception {
            String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put("csrf", form.csrf());
            fields.put("compose", form.compose());
            fields.put("identity", form.identity());
            fields.put("to", to);
            fields.put("subject", subject);
            fields.put("body", "A message of the send benchmark.\n\nNothing to see here.\n");
            fields.put("action", "send");
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(web + "/compose"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", web)
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 303 || !location.matches(".*/outbox/\\d+$")) {
                throw new IllegalStateException("Send answered " + response.statusCode() + " " + location);
            }
            return location.startsWith("/") ? web + location : location;
        }

        /** Polls the outbox page until it says "Sent"; a failure state ends the bench with the page's words. */
        void awaitSent(String outbox) throws Exception {
            long deadline = System.currentTimeMillis() + STEP_TIMEOUT_MILLIS;
            while (true) {
                String text = visibleText(get(outbox));
                if (SENT_STATE.matcher(text).find()) {
                    return;
                }
                if (FAILED_STATE.matcher(text).find() || System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException(outbox + " not sent: " + text.substring(0, Math.min(600, text.length())));
                }
                Thread.sleep(2);
            }
        }

        /** The page's text without navigation and links, so the "Sent" folder link does not count as the state. */
        static String visibleText(String html) {
            return html.replaceAll("(?is)<(nav|header|script|style|a)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ")
                    .replaceAll("\\s+", " ");
        }

        static String inputValue(String page, String name) {
            Matcher input = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>").matcher(page);
            if (!input.find()) {
                throw new IllegalStateException("no input " + name + " on the compose page");
            }
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
            if (!value.find()) {
                throw new IllegalStateException("input " + name + " has no value");
            }
            return value.group(1);
        }

        /** The webmail's send-path timers from /q/metrics: name{tags} -> {count, sum seconds}. */
        Map<String, double[]> timers() throws Exception {
            // Micrometer files every 3xx under uri="REDIRECTION": in the measured loop the only POST answered 303 is Send.
            Map<String, double[]> timers = new java.util.TreeMap<>();
            Pattern line = Pattern.compile("^(webmail_outbox_store|webmail_outbox_attempt|webmail_smtp_submit|http_server_requests)"
                    + "_seconds_(count|sum)(\\{[^}]*\\})? ([0-9.eE+-]+)$");
            for (String l : get(web + "/q/metrics").split("\n")) {
                Matcher m = line.matcher(l);
                if (!m.matches() || (m.group(1).startsWith("http") && !(l.contains("uri=\"REDIRECTION\"") && l.contains("method=\"POST\"")))) {
                    continue;
                }
                String key = m.group(1) + (m.group(3) == null ? "" : m.group(3).replaceAll("(exception|status|outcome)=\"[^\"]*\",?", ""));
                double[] v = timers.computeIfAbsent(key, k -> new double[2]);
                v[m.group(2).equals("count") ? 0 : 1] += Double.parseDouble(m.group(4));
            }
            return timers;
        }

        String get(String url) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(url + " answered " + response.statusCode());
                }
                return response.body();
            } catch (Exception e) {
                throw new IllegalStateException(url, e);
            }
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
