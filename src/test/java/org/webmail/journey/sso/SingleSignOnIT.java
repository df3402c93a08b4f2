package org.webmail.journey.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.imap.MailStore;
import org.webmail.support.TestMailbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Signing in once at the organisation's Keycloak, through its real login form, and reading mail from the real
 * Dovecot with the token (SASL XOAUTH2, checked by Dovecot against Keycloak). No mail password anywhere.
 */
@QuarkusTest
@WithTestResource(KeycloakSsoResource.class)
class SingleSignOnIT {

    @TestHTTPResource(value = "/", tls = true)
    URI webmail;

    @Inject
    MailStore mailStore;

    private SsoBrowser browser;

    @BeforeEach
    void newBrowser() {
        browser = new SsoBrowser();
    }

    /** From the sign-in page's button through Keycloak's login form back to the webmail. */
    SsoBrowser.Page signInAtKeycloak(String user, String password) {
        SsoBrowser.Page login = browser.open(webmail.resolve("/login"));
        assertTrue(login.body().contains("Sign in with Example Test"), login.body());
        SsoBrowser.Page keycloak = browser.open(webmail.resolve(login.document().selectFirst("a[href^=/sso/]").attr("href")));
        assertTrue(keycloak.uri().toString().startsWith(KeycloakSsoResource.REALM), keycloak.uri().toString());
        return browser.submit(keycloak, "form#kc-form-login", Map.of("username", user, "password", password));
    }

    @Test
    void aUserSignedInAtKeycloakReadsTheirInboxFromDovecotWithTheirToken() {
        SsoBrowser.Page inbox = signInAtKeycloak("alice", "alice-sso-pass");
        assertEquals(200, inbox.status(), inbox.body());
        assertTrue(inbox.body().contains("Roadmap 2026"), "alice's mail, listed over IMAP with her token, at " + inbox.uri() + ":\n" + inbox.body());
        assertTrue(inbox.body().contains(TestMailbox.USER), inbox.body());
    }
}
