package org.webmail.remotecontent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;
import org.webmail.web.LinkSignature;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/**
 * A message's remote image loads through the webmail's own proxy once the reader asks for it: the sender's server
 * is asked by the webmail (no cookie, no Referer, a neutral User-Agent), never by the reader's browser, and the
 * proxy passes on only signed links, only images, and only from public addresses (this sender's loopback server is
 * allow-listed for the test; nothing it redirects to is).
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
@WithTestResource(ImageServerResource.class)
class RemoteImageProxyJourneyTest {

    private static final String USER = "proxy-rita@example.test";

    @Inject
    RemoteImageLinks links;

    @Inject
    LinkSignature signature;

    @Inject
    MeterRegistry meters;

    @Test
    void theImageLoadsThroughTheProxyOnlyAfterTheReaderAsksAndTheSenderNeverSeesTheReader() {
        Browser rita = signedIn();
        String remote = ImageServerResource.url("/pixel.png?for=rita");
        long uid = deliver("Logo from a sender", "<p>Hello</p><img src=\"" + remote + "\" alt=\"logo\">");
        int before = ImageServerResource.SEEN.size();

        String page = rita.get("/mail/INBOX/" + uid).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Show remote content"), page);
        rita.get("/mail/INBOX/" + uid + "/body").then().statusCode(200)
                .header("Content-Security-Policy", not(containsString("img-src data: 'self'")))
                .body(not(containsString("127.0.0.1")))
                .body(not(containsString("/remote-content/")));
        assertEquals(before, ImageServerResource.SEEN.size(), "nothing asked the sender's server");

        rita.get("/mail/INBOX/" + uid + "?remote=1").then().statusCode(200)
                .body(containsString("src=\"/mail/INBOX/" + uid + "/body?remote=1\""));
        String frame = rita.get("/mail/INBOX/" + uid + "/body?remote=1").then().statusCode(200)
                .header("Content-Security-Policy", containsString("img-src data: 'self'"))
                .header("Content-Security-Policy", not(containsString("http:")))
                .header("Content-Security-Policy", not(containsString("https:")))
                .extract().asString();
        String src = Jsoup.parse(frame).selectFirst("img").attr("src");
        assertTrue(src.startsWith("/remote-content/image?url=" + URLEncoder.encode(remote, StandardCharsets.UTF_8) + "&expires="), src);
        assertFalse(frame.contains("http://127.0.0.1"), frame);
        assertEquals(before, ImageServerResource.SEEN.size(), "writing the frame fetched nothing either");

        byte[] image = stranger().get(src).then().statusCode(200)
                .header("Content-Type", "image/png")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, max-age=3600")
                .header("Set-Cookie", nullValue())
                .extract().asByteArray();
        assertArrayEquals(ImageServerResource.PNG, image);
        ImageServerResource.Seen seen = ImageServerResource.SEEN.get(before);
        assertEquals(new ImageServerResource.Seen("images", "/pixel.png?for=rita", null, null, "webmail-image-proxy"), seen);
        assertEquals(before + 1, ImageServerResource.SEEN.size());
    }

    @Test
    void aTamperedMissingOrExpiredSignatureIsRefusedWithoutAskingAnyone() {
        String link = links.proxied(ImageServerResource.url("/pixel.png"));
        int before = ImageServerResource.SEEN.size();
        double refusedBefore = count("bad_signature");

        stranger().get(link.replace("pixel.png", "drawing.svg")).then().statusCode(403).body(emptyString());
        stranger().get(link + "A").then().statusCode(403).body(emptyString());
        stranger().get(link.replaceAll("&sig=.*", "")).then().statusCode(403);
        stranger().get(link.replaceAll("expires=[0-9]+", "expires=soon")).then().statusCode(403).body(emptyString());
        stranger().get(link.replaceAll("expires=[0-9]+", "expires=" + (Instant.now().getEpochSecond() + 999_999))).then().statusCode(403);
        Instant past = Instant.now().minusSeconds(60);
        String url = ImageServerResource.url("/pixel.png");
        stranger().get(RemoteImageLinks.PATH + "?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&expires="
                + past.getEpochSecond() + "&sig=" + signature.sign(past, RemoteImageLinks.PURPOSE, url)).then().statusCode(403);

        assertEquals(before, ImageServerResource.SEEN.size());
        assertEquals(refusedBefore + 6, count("bad_signature"));
        stranger().get(link).then().statusCode(200).header("Content-Type", "image/png");
    }

    @Test
    void onlyImagesPassSvgHtmlAndDisguisedHtmlDoNot() {
        for (String path : List.of("/drawing.svg", "/page.html", "/html-that-starts-like-a-gif")) {
            stranger().get(links.proxied(ImageServerResource.url(path))).then().statusCode(502)
                    .header("Content-Type", nullValue()).body(emptyString());
        }
        stranger().get(links.proxied(ImageServerResource.url("/chunked.gif"))).then().statusCode(200)
                .header("Content-Type", "image/gif");
        assertTrue(count("not_an_image") >= 3);
    }

    @Test
    void anImageOverTheCapIsRefusedWhetherItsLengthIsDeclaredOrChunked() {
        double before = count("too_large");
        stranger().get(links.proxied(ImageServerResource.url("/huge.png"))).then().statusCode(502).body(emptyString());
        stranger().get(links.proxied(ImageServerResource.url("/huge-chunked.png"))).then().statusCode(502).body(emptyString());
        assertEquals(before + 2, count("too_large"));
    }

    @Test
    void redirectsAreFollowedOnlyToWhereTheFirstUrlCouldHaveGone() {
        stranger().get(links.proxied(ImageServerResource.url("/hop"))).then().statusCode(200).header("Content-Type", "image/png");
        int internal = ImageServerResource.internalPort();
        for (String target : List.of("http://127.0.0.2/pixel.png", "http://localhost/pixel.png",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]/pixel.png", "http://[::ffff:127.0.0.1]/pixel.png",
                "http://2130706433/pixel.png", "http://127.0.0.1:" + internal + "/secret", "http://localhost:" + internal + "/secret",
                "ftp://127.0.0.1/pixel.png",
                "file:///etc/passwd")) {
            stranger().get(links.proxied(ImageServerResource.url("/redirect/x?" + target))).then()
                    .statusCode(403).body(emptyString());
        }
        stranger().get(links.proxied(ImageServerResource.url("/loop"))).then().statusCode(502);
        assertTrue(ImageServerResource.SEEN.stream().noneMatch(seen -> seen.server().equals("internal")));
        assertEquals(4, ImageServerResource.SEEN.stream().filter(seen -> seen.path().equals("/loop")).count(),
                "the first request and three redirects");
    }

    @Test
    void aLinkToTheInternalServerItselfIsRefusedEvenWhenSigned() {
        stranger().get(links.proxied("http://127.0.0.1:" + ImageServerResource.internalPort() + "/secret")).then().statusCode(403);
        stranger().get(links.proxied("http://127.0.0.1/secret")).then().statusCode(403);
        assertTrue(ImageServerResource.SEEN.stream().noneMatch(seen -> seen.server().equals("internal")));
    }

    private double count(String outcome) {
        return meters.counter("webmail.remote.images", "outcome", outcome).count();
    }

    /** A request with no cookies at all, as the sandboxed frame's image request is. */
    private static RequestSpecification stranger() {
        return given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .relaxedHTTPSValidation().urlEncodingEnabled(false)
                .baseUri("https://localhost:" + Integer.getInteger("quarkus.http.test-ssl-port", 8444));
    }

    private static Browser signedIn() {
        GreenMailTestResource.greenMail().setUser(USER, USER, "pw-proxy");
        return new Browser().signedIn(USER, "pw-proxy");
    }

    private static long deliver(String subject, String html) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        String eml = "From: Sender <news@sender.example>\r\nTo: " + USER + "\r\nSubject: " + subject
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + html + "\r\n";
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", GreenMailTestResource.greenMail().getImap().getPort(), USER, "pw-proxy");
            Folder inbox = store.getFolder("INBOX");
            inbox.appendMessages(new Message[] {new MimeMessage(Session.getInstance(props),
                    new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)))});
            inbox.open(Folder.READ_ONLY);
            try {
                Message last = inbox.getMessage(inbox.getMessageCount());
                return ((UIDFolder) inbox).getUID(last);
            } finally {
                inbox.close(false);
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
