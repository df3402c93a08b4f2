package org.webmail.journey.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.webmail.auth.WebSessions;
import org.webmail.compose.smtp.Outbox;
import org.webmail.compose.smtp.OutboxEntry;
import org.webmail.compose.smtp.OutgoingMessage;
import org.webmail.imap.MailStore;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Token mode with SASL XOAUTH2 (as Gmail and Microsoft 365 want it), plus what happens around a sign-in: the token
 * renewed across expiries, sign-out at the provider too, the provider signing the user out (back-channel), and mail
 * sent for a user whose browser is gone.
 */
@QuarkusTest
@WithTestResource(KeycloakSsoResource.class)
class SingleSignOnIT extends SsoJourney {

    @Inject
    MailStore mailStore;

    @Inject
    WebSessions sessions;

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry meters;

    @Test
    void signingOutEndsTheSessionAtKeycloakToo() {
        assertInbox(signInAtKeycloak("alice", "alice-sso-pass"));
        SsoBrowser.Page after = browser.post(webmail.resolve("/logout"), java.util.Map.of("csrf", browser.cookie(webmail, "__Host-webmail-csrf")));
        assertEquals("/login", after.uri().getPath(), "back from Keycloak's logout: " + after.uri());
        assertTrue(after.body().contains("You are signed out."), after.body());
        SsoBrowser.Page again = browser.open(webmail.resolve("/sso/keycloak"));
        assertTrue(again.document().selectFirst("form#kc-form-login") != null, "Keycloak asks for the password again: " + again.uri());
    }

    @Test
    void whenKeycloakSignsTheUserOutTheirSessionAndImapConnectionsEndHere() throws Exception {
        assertInbox(signInAtKeycloak("alice", "alice-sso-pass"));
        double openBefore = meters.get("webmail.imap.connections.open").gauge().value();
        assertTrue(openBefore >= 1, "alice's pooled IMAP connection");
        KeycloakAdmin.signOutEverywhere("alice"); // Keycloak posts a logout token to /sso/backchannel-logout/keycloak
        SsoBrowser.Page page = browser.open(webmail.resolve("/mail/INBOX"));
        assertEquals("/login", page.uri().getPath(), "the session is gone: " + page.uri());
        assertTrue(page.body().contains("Your identity provider has signed you out"), page.body());
        assertTrue(meters.get("webmail.imap.connections.open").gauge().value() < openBefore, "her IMAP connections were retired");
        // Her stored refresh token went too: mail queued for her now waits for her next sign-in, it is not sent.
        long id = outbox.enqueue(message("Queued after Keycloak signed alice out " + UUID.randomUUID()));
        OutboxEntry entry = settled(id);
        assertEquals(OutboxEntry.State.WAITING_FOR_SIGN_IN, entry.state(), entry.toString());
    }

    private static OutgoingMessage message(String subject) {
        String messageId = "<" + UUID.randomUUID() + "@example.test>";
        byte[] bytes = ("From: alice@example.test\r\nTo: bob@example.test\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nFrom the outbox.\r\n").getBytes();
        return new OutgoingMessage("alice@example.test", "alice@example.test", List.of("bob@example.test"), messageId, subject,
                bytes, OutgoingMessage.AfterSend.nothing());
    }

    /** The entry once its first attempt is over (sent, waiting, refused). */
    private OutboxEntry settled(long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        OutboxEntry entry = outbox.entry("alice@example.test", id);
        while (entry.state() == OutboxEntry.State.QUEUED && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            entry = outbox.entry("alice@example.test", id);
        }
        return entry;
    }

    @Test
    void theSessionKeepsWorkingAcrossSeveralExpiriesOfTheSixtySecondToken() throws Exception {
        assertInbox(signInAtKeycloak("alice", "alice-sso-pass"));
        for (int expiry = 1; expiry <= 3; expiry++) {
            Thread.sleep(Duration.ofSeconds(62)); // the realm's access tokens last 60 s
            mailStore.retire("alice@example.test"); // the next page opens a new IMAP connection: it needs a live token
            assertInbox(browser.open(webmail.resolve("/mail/INBOX")));
        }
    }

    @Test
    void mailQueuedForAUserWhoseBrowserIsGoneIsSentWithTheStoredRefreshToken() throws Exception {
        assertInbox(signInAtKeycloak("alice", "alice-sso-pass"));
        sessions.endWhere(s -> s.login().equals("alice@example.test")); // as after a restart: no session, no sign-out
        String subject = "Sent while alice was away " + UUID.randomUUID();
        OutboxEntry entry = settled(outbox.enqueue(message(subject)));
        assertEquals(OutboxEntry.State.SENT, entry.state(), entry.toString());
        assertTrue(arrivedAtBob(subject));
    }
}
