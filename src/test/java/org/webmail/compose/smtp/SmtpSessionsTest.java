package org.webmail.compose.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Session;

import org.junit.jupiter.api.Test;
import org.webmail.compose.smtp.SmtpSettings.Security;
import org.webmail.imap.MailCredentials;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The Jakarta Mail properties each kind of relay gets: encryption required, host names checked, no infinite timeout. */
class SmtpSessionsTest {

    private static Session session(Security security, MailCredentials.Mechanism mechanism) {
        SmtpSessions sessions = new SmtpSessions(new TestSmtpSettings("localhost", 587, security, Optional.empty()));
        return sessions.session(sessions.relays().getFirst(), mechanism);
    }

    @Test
    void startTlsIsRequiredAndTheCertificatesHostNameChecked() {
        Session s = session(Security.STARTTLS, MailCredentials.Mechanism.PASSWORD);
        assertEquals("true", s.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", s.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", s.getProperty("mail.smtp.ssl.checkserveridentity"));
        assertEquals("PLAIN LOGIN", s.getProperty("mail.smtp.auth.mechanisms"));
        assertNull(s.getProperty("mail.smtp.from"), "the envelope sender goes with each message, not the shared session");
    }

    @Test
    void implicitTlsUsesTheSmtpsProtocolWithEveryTimeoutSet() {
        Session s = session(Security.TLS, MailCredentials.Mechanism.PASSWORD);
        assertEquals("true", s.getProperty("mail.smtps.ssl.checkserveridentity"));
        assertEquals("2000", s.getProperty("mail.smtps.connectiontimeout"));
        assertEquals("5000", s.getProperty("mail.smtps.timeout"));
        assertEquals("5000", s.getProperty("mail.smtps.writetimeout"));
        assertNull(s.getProperty("mail.smtp.host"), "nothing configured for the unused protocol");
    }

    @Test
    void aTokenSignInAuthenticatesWithXoauth2Only() {
        Session s = session(Security.STARTTLS, MailCredentials.Mechanism.XOAUTH2);
        assertEquals("XOAUTH2", s.getProperty("mail.smtp.auth.mechanisms"));
        assertEquals("false", s.getProperty("mail.smtp.auth.xoauth2.disable"));
        assertNull(s.getProperty("mail.smtp.sasl.enable"));
    }

    @Test
    void anOauthbearerTokenGoesThroughSaslAndNoBuiltInMechanismCouldSendItAsAPassword() {
        Session s = session(Security.TLS, MailCredentials.Mechanism.OAUTHBEARER);
        assertEquals("true", s.getProperty("mail.smtps.sasl.enable"));
        assertEquals("OAUTHBEARER", s.getProperty("mail.smtps.sasl.mechanisms"));
        assertEquals("OAUTHBEARER", s.getProperty("mail.smtps.auth.mechanisms"));
        assertEquals("587", s.getProperty("mail.smtps.port"), "the port= field of the OAUTHBEARER message");
    }

    @Test
    void aMasterUserSignsInWithPlainOnlyBecauseLoginHasNoAuthorizationId() {
        Session s = session(Security.STARTTLS, MailCredentials.Mechanism.MASTER_USER);
        assertEquals("PLAIN", s.getProperty("mail.smtp.auth.mechanisms"));
    }

    @Test
    void everyWayOfSigningInHasEveryTimeoutAndTheHostCheck() {
        for (MailCredentials.Mechanism mechanism : MailCredentials.Mechanism.values()) {
            Session s = session(Security.STARTTLS, mechanism);
            assertEquals("2000", s.getProperty("mail.smtp.connectiontimeout"), mechanism.name());
            assertEquals("5000", s.getProperty("mail.smtp.timeout"), mechanism.name());
            assertEquals("5000", s.getProperty("mail.smtp.writetimeout"), mechanism.name());
            assertTrue(s.getProperties().get("mail.smtp.executor.writetimeout") != null, mechanism.name());
            assertEquals("true", s.getProperty("mail.smtp.starttls.required"), mechanism.name());
            assertEquals("true", s.getProperty("mail.smtp.ssl.checkserveridentity"), mechanism.name());
        }
    }

    @Test
    void aServerWithoutStartTlsNeverSeesThePassword() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            SmtpSessions sessions = new SmtpSessions(new TestSmtpSettings("127.0.0.1", server.port(), Security.STARTTLS, Optional.empty()));
            SubmissionOutcome outcome = new SmtpSubmission(new SmtpConnections(sessions), new SimpleMeterRegistry()).submit(SmtpSubmissionTest.ALICE, "alice@example.test",
                    List.of("bob@example.test"), SmtpSubmissionTest.MESSAGE.getBytes(StandardCharsets.UTF_8));
            assertEquals(SubmissionOutcome.Kind.TRANSIENT, outcome.kind());
            assertTrue(outcome.reply().contains("STARTTLS"), outcome.reply());
            assertTrue(server.authorizations().isEmpty(), "no AUTH over a cleartext connection");
        }
    }
}
