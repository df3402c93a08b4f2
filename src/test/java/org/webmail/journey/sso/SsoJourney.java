package org.webmail.journey.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.SubjectTerm;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.interop.InteropServer;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Signing in once at the organisation's Keycloak, through its real login form, then reading mail from the real
 * Dovecot and sending through the real Postfix with what the sign-in yields (a token checked by Dovecot against
 * Keycloak, or the webmail's master user). No mail password anywhere. Subclasses choose the mail access mode.
 */
abstract class SsoJourney {

    @TestHTTPResource(value = "/", tls = true)
    URI webmail;

    SsoBrowser browser;

    @BeforeEach
    void newBrowser() {
        browser = new SsoBrowser();
    }

    /** From the sign-in page's button through Keycloak's login form back to the webmail's inbox. */
    SsoBrowser.Page signInAtKeycloak(String user, String password) {
        SsoBrowser.Page login = browser.open(webmail.resolve("/login"));
        assertTrue(login.body().contains("Sign in with Example Test"), login.body());
        SsoBrowser.Page keycloak = browser.open(webmail.resolve(login.document().selectFirst("a[href^=/sso/]").attr("href")));
        assertTrue(keycloak.uri().toString().startsWith(KeycloakSsoResource.REALM), keycloak.uri().toString());
        return browser.submit(keycloak, "form#kc-form-login", Map.of("username", user, "password", password));
    }

    static void assertInbox(SsoBrowser.Page page) {
        assertEquals(200, page.status(), page.body());
        assertTrue(page.uri().getPath().equals("/mail/INBOX") && page.body().contains("Numbered message"),
                "alice's mail, listed from Dovecot, at " + page.uri() + ":\n" + page.body());
        assertTrue(page.body().contains("alice@example.test"), "signed in as alice");
    }

    @Test
    void aUserSignedInAtKeycloakReadsAndSendsMailWithoutAMailPassword() throws Exception {
        assertInbox(signInAtKeycloak("alice", "alice-sso-pass"));
        String subject = "Sent after single sign-on " + UUID.randomUUID();
        SsoBrowser.Page outbox = send("bob@example.test", subject);
        assertTrue(outbox.body().contains("<strong>Sent</strong>"), outbox.body());
        assertTrue(arrivedAtBob(subject), "delivered by Postfix into bob's Dovecot INBOX");
    }

    /** Fills and posts the compose form as a browser without script would (multipart/form-data). */
    SsoBrowser.Page send(String to, String subject) throws Exception {
        SsoBrowser.Page compose = browser.open(webmail.resolve("/compose"));
        var form = compose.document().selectFirst("form[action=/compose]");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", browser.cookie(webmail, "__Host-webmail-csrf"));
        fields.put("compose", form.selectFirst("input[name=compose]").attr("value"));
        fields.put("identity", form.selectFirst("select[name=identity] option").attr("value"));
        fields.put("to", to);
        fields.put("subject", subject);
        fields.put("body", "Hello Bob,\nsent with my single sign-on.\n");
        fields.put("action", "send");
        return browser.postMultipart(webmail.resolve("/compose"), fields);
    }

    static boolean arrivedAtBob(String subject) throws Exception {
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        long deadline = System.currentTimeMillis() + 30_000;
        try (Store store = session.getStore("imaps")) {
            store.connect("localhost", InteropServer.IMAPS_PORT, "bob@example.test", "bob-pass");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            while (System.currentTimeMillis() < deadline) {
                if (inbox.search(new SubjectTerm(subject)).length > 0) {
                    return true;
                }
                Thread.sleep(200);
                inbox.getMessageCount(); // NOOP: new mail
            }
        }
        return false;
    }

    static byte[] multipart(String boundary, Map<String, String> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
