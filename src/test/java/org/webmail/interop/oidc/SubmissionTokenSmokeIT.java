package org.webmail.interop.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.interop.oidc.InteropKeycloak.ALICE;
import static org.webmail.interop.oidc.InteropKeycloak.BOB;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.Test;
import org.webmail.interop.InteropServer;

/**
 * The interop Postfix takes the user's Keycloak access token for SMTP AUTH XOAUTH2 (it asks Dovecot, which
 * introspects the token) on both submission ports, and the mail is delivered: bob reads it with his own token.
 * Needs src/test/interop/start.
 */
class SubmissionTokenSmokeIT {

    @Test
    void tokenMechanismsAreOfferedAfterStartTls() throws Exception {
        Session session = InteropMail.submission("smtp", "XOAUTH2");
        session.getProperties().put("mail.smtp.auth", "false"); // no login: EHLO only
        try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtp")) {
            transport.connect(InteropServer.HOST, InteropServer.SUBMISSION_PORT, null, null);
            assertTrue(transport.isSSL(), "upgraded with STARTTLS");
            assertTrue(transport.supportsExtension("AUTH"), "AUTH offered after STARTTLS");
            String mechanisms = transport.getExtensionParameter("AUTH");
            assertTrue(mechanisms.contains("XOAUTH2") && mechanisms.contains("OAUTHBEARER"), mechanisms);
        }
    }

    @Test
    void startTlsSubmissionWithTheWebmailTokenReachesBob() throws Exception {
        String token = KeycloakTokens.signIn(ALICE).accessToken();
        Session session = InteropMail.submission("smtp", "XOAUTH2");
        MimeMessage message = InteropMail.message(session, ALICE.email(), BOB.email(), "token over STARTTLS");
        try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtp")) {
            transport.connect(InteropServer.HOST, InteropServer.SUBMISSION_PORT, ALICE.email(), token);
            assertTrue(transport.isSSL(), "the dialogue runs over TLS after STARTTLS");
            transport.sendMessage(message, message.getAllRecipients());
            assertEquals(250, transport.getLastReturnCode(), transport.getLastServerResponse());
        }
        assertDeliveredToBob(message.getMessageID());
    }

    @Test
    void implicitTlsSubmissionWithATokenReachesBob() throws Exception {
        String token = KeycloakTokens.password(InteropKeycloak.MAIL_TEST, ALICE).accessToken();
        Session session = InteropMail.submission("smtps", "XOAUTH2");
        MimeMessage message = InteropMail.message(session, ALICE.email(), BOB.email(), "token over implicit TLS");
        try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtps")) {
            transport.connect(InteropServer.HOST, InteropServer.SUBMISSIONS_PORT, ALICE.email(), token);
            transport.sendMessage(message, message.getAllRecipients());
        }
        assertDeliveredToBob(message.getMessageID());
    }

    @Test
    void garbageTokenIsRefused() throws Exception {
        Session session = InteropMail.submission("smtps", "XOAUTH2");
        try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtps")) {
            // Angus does not answer the RFC 7628 error challenge: the failure carries Postfix's "334 <base64 JSON>".
            assertThrows(AuthenticationFailedException.class,
                    () -> transport.connect(InteropServer.HOST, InteropServer.SUBMISSIONS_PORT, ALICE.email(), "not-a-token"));
        }
    }

    @Test
    void aliceTokenMayNotSendAsBob() throws Exception {
        // The SASL identity Postfix checks the sender against comes from the token, not from the client's word.
        String token = KeycloakTokens.password(InteropKeycloak.MAIL_TEST, ALICE).accessToken();
        Session session = InteropMail.submission("smtps", "XOAUTH2");
        MimeMessage message = InteropMail.message(session, BOB.email(), BOB.email(), "pretending to be bob");
        try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtps")) {
            transport.connect(InteropServer.HOST, InteropServer.SUBMISSIONS_PORT, ALICE.email(), token);
            SendFailedException refused = assertThrows(SendFailedException.class,
                    () -> transport.sendMessage(message, message.getAllRecipients()));
            // Postfix refuses at RCPT (smtpd_delay_reject): the reply hangs off the "Invalid Addresses" summary.
            assertTrue(refused.getNextException() instanceof SMTPAddressFailedException rcpt && rcpt.getReturnCode() == 553
                    && rcpt.getMessage().contains("not owned by user " + ALICE.email()), String.valueOf(refused.getNextException()));
        }
    }

    private static void assertDeliveredToBob(String messageId) throws Exception {
        String bobsToken = KeycloakTokens.password(InteropKeycloak.MAIL_TEST, BOB).accessToken();
        try (Store store = InteropMail.imap("imaps", BOB.email(), bobsToken)) {
            assertTrue(InteropMail.takeFromInbox(store, messageId), messageId + " in bob's INBOX");
        }
    }
}
