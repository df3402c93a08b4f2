import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.SortTerm;

/**
 * Latency of the webmail's list page and message view against the same IMAP work done by a raw Jakarta Mail
 * client on one persistent connection. Bounded: a fixed number of requests, loopback only.
 *
 * Usage (see bench/run): java -cp <app libs> bench/WebmailBench.java latency <webmail-url> <imap-host> <imap-port> <user> <password> <folder>...
 *                        java -cp <app libs> bench/WebmailBench.java signin <webmail-url> <password> <user>...
 */
public class WebmailBench {

    static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    static final int RUNS = Integer.getInteger("bench.runs", 200);

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "latency" -> latency(args[1], args[2], Integer.parseInt(args[3]), args[4], args[5], Arrays.copyOfRange(args, 6, args.length));
            case "signin" -> signIn(args[1], args[2], Arrays.copyOfRange(args, 3, args.length));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void latency(String web, String imapHost, int imapPort, String user, String password, String[] folders) throws Exception {
        HttpClient browser = browser();
        signIn(browser, web, user, password);
        IMAPStore store = rawStore(imapHost, imapPort, user, password);
        for (String folder : folders) {
            String path = "/mail/" + folder;
            report("webmail list " + folder, measure(() -> get(browser, web + path)));
            report("raw IMAP list " + folder, measure(() -> rawList(store, folder)));
            String page = get(browser, web + path);
            Matcher m = Pattern.compile("href=\"/mail/" + Pattern.quote(folder) + "/(\\d+)\"").matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no message link on " + path);
            }
            long uid = Long.parseLong(m.group(1));
            report("webmail open " + folder, measure(() -> get(browser, web + path + "/" + uid)));
            report("raw IMAP open " + folder, measure(() -> rawOpen(store, folder, uid)));
        }
        store.close();
    }

    /** What the list page needs from IMAP: the folder tree with counts, then the newest 50 of one folder. */
    static String rawList(IMAPStore store, String folderName) {
        try {
            for (Folder f : store.getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) != 0) {
                    f.getUnreadMessageCount(); // STATUS (UNSEEN)
                }
            }
            IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            try {
                Message[] newest;
                if (store.hasCapability("SORT")) {
                    Message[] sorted = folder.getSortedMessages(new SortTerm[] {SortTerm.REVERSE, SortTerm.DATE});
                    newest = Arrays.copyOf(sorted, Math.min(50, sorted.length));
                } else {
                    int n = folder.getMessageCount();
                    newest = folder.getMessages(Math.max(1, n - 49), n);
                }
                FetchProfile fp = new FetchProfile();
                fp.add(FetchProfile.Item.ENVELOPE);
                fp.add(FetchProfile.Item.FLAGS);
                fp.add(FetchProfile.Item.SIZE);
                fp.add(FetchProfile.Item.CONTENT_INFO);
                fp.add(UIDFolder.FetchProfileItem.UID);
                folder.fetch(newest, fp);
                return newest[0].getSubject();
            } finally {
                folder.close(false);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the read view needs: the folder tree, then the whole message, parsed, marked \Seen. */
    static String rawOpen(IMAPStore store, String folderName, long uid) {
        try {
            for (Folder f : store.getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) != 0) {
                    f.getUnreadMessageCount();
                }
            }
            IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            try {
                Message message = folder.getMessageByUID(uid);
                MimeMessage parsed = new MimeMessage(null, ((org.eclipse.angus.mail.imap.IMAPMessage) message).getMimeStream());
                Object content = parsed.getContent();
                message.setFlag(Flags.Flag.SEEN, true);
                return String.valueOf(content).substring(0, 1);
            } finally {
                folder.close(false);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void signIn(String web, String password, String[] users) throws Exception {
        List<HttpClient> browsers = new ArrayList<>();
        for (String user : users) {
            HttpClient browser = browser();
            signIn(browser, web, user, password);
            get(browser, web + "/mail/INBOX");
            browsers.add(browser);
        }
        System.out.println("signed in " + browsers.size() + " users");
    }

    static long[] measure(Supplier<String> action) {
        for (int i = 0; i < WARMUP; i++) {
            action.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static void report(String what, long[] sorted) {
        System.out.printf("%-32s p50 %7.2f ms   p95 %7.2f ms   (n=%d)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, sorted.length);
    }

    static IMAPStore rawStore(String host, int port, String user, String password) throws Exception {
        Properties props = new Properties();
        props.put("mail.imaps.ssl.trust", host);
        props.put("mail.imaps.connectiontimeout", "10000");
        props.put("mail.imaps.timeout", "30000");
        IMAPStore store = (IMAPStore) Session.getInstance(props).getStore("imaps");
        store.connect(host, port, user, password);
        return store;
    }

    static HttpClient browser() throws Exception {
        // The bench talks to its own webmail on loopback, whose certificate is a generated self-signed one.
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] c, String a) { }
            public void checkServerTrusted(X509Certificate[] c, String a) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, null);
        return HttpClient.newBuilder().sslContext(tls).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static void signIn(HttpClient browser, String web, String user, String password) throws Exception {
        get(browser, web + "/login");
        String csrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("__Host-webmail-csrf")).findFirst().orElseThrow().getValue();
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&csrf=" + enc(csrf);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(web + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 303) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + response.statusCode());
        }
    }

    static String get(HttpClient browser, String url) {
        try {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
