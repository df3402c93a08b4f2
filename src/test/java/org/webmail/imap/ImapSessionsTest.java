package org.webmail.imap;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImapSessionsTest {

    private static final TestServer LOOPBACK = TestServer.plain(3143);

    @Test
    void plain_IMAP_to_a_host_off_this_machine_is_refused_at_startup_with_a_clear_message() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new ImapSessions(LOOPBACK.withSecurity("192.0.2.10", MailServerSettings.Security.PLAIN, null)));
        assertTrue(refused.getMessage().contains("PLAIN is only allowed for a loopback host"), refused.getMessage());
    }

    @Test
    void plain_IMAP_on_loopback_is_allowed_for_the_demo_and_tests() {
        for (String host : new String[]{"127.0.0.1", "localhost", "::1"}) {
            new ImapSessions(LOOPBACK.withSecurity(host, MailServerSettings.Security.PLAIN, null)).close();
        }
    }

    @Test
    void implicit_TLS_checks_the_server_name_and_sets_every_timeout() {
        ImapSessions sessions = new ImapSessions(LOOPBACK.withSecurity("mail.example.test", MailServerSettings.Security.TLS, null));
        Properties props = sessions.sessionFor(MailCredentials.Mechanism.PASSWORD).getProperties();

        assertEquals("imaps", sessions.protocol());
        assertEquals("true", props.getProperty("mail.imaps.ssl.checkserveridentity"));
        assertEquals("2000", props.getProperty("mail.imaps.connectiontimeout"));
        assertEquals("5000", props.getProperty("mail.imaps.timeout"));
        assertEquals("5000", props.getProperty("mail.imaps.writetimeout"));
        assertNull(props.getProperty("mail.imaps.auth.mechanisms"));
        sessions.close();
    }

    @Test
    void STARTTLS_is_required_so_a_server_without_it_never_sees_a_password() {
        ImapSessions sessions = new ImapSessions(LOOPBACK.withSecurity("mail.example.test", MailServerSettings.Security.STARTTLS, null));
        Properties props = sessions.sessionFor(MailCredentials.Mechanism.PASSWORD).getProperties();

        assertEquals("imap", sessions.protocol());
        assertEquals("true", props.getProperty("mail.imap.starttls.enable"));
        assertEquals("true", props.getProperty("mail.imap.starttls.required"));
        assertEquals("true", props.getProperty("mail.imap.ssl.checkserveridentity"));
        sessions.close();
    }

    @Test
    void an_OAuth_token_is_offered_only_with_SASL_XOAUTH2() {
        ImapSessions sessions = new ImapSessions(LOOPBACK);
        Properties props = sessions.sessionFor(MailCredentials.Mechanism.XOAUTH2).getProperties();
        assertEquals("XOAUTH2", props.getProperty("mail.imap.auth.mechanisms"));
        assertNull(props.getProperty("mail.imap.sasl.enable"));
        sessions.close();
    }

    @Test
    void an_OAUTHBEARER_token_goes_through_javax_security_sasl_and_never_through_PLAIN() {
        ImapSessions sessions = new ImapSessions(LOOPBACK.withSecurity("mail.example.test", MailServerSettings.Security.TLS, null));
        Properties props = sessions.sessionFor(MailCredentials.Mechanism.OAUTHBEARER).getProperties();
        assertEquals("true", props.getProperty("mail.imaps.sasl.enable"));
        assertEquals("OAUTHBEARER", props.getProperty("mail.imaps.sasl.mechanisms"));
        assertEquals("OAUTHBEARER", props.getProperty("mail.imaps.auth.mechanisms"));
        assertEquals("3143", props.getProperty("mail.imaps.port"), "the port= field of the OAUTHBEARER message");
        sessions.close();
    }

    @Test
    void a_master_user_signs_in_with_PLAIN_only_because_LOGIN_has_no_authorization_id() {
        ImapSessions sessions = new ImapSessions(LOOPBACK);
        Properties props = sessions.sessionFor(MailCredentials.Mechanism.MASTER_USER).getProperties();
        assertEquals("PLAIN", props.getProperty("mail.imap.auth.mechanisms"));
        assertNull(props.getProperty("mail.imap.sasl.enable"));
        sessions.close();
    }

    @Test
    void every_way_of_signing_in_has_every_timeout_and_the_host_check() {
        ImapSessions sessions = new ImapSessions(LOOPBACK.withSecurity("mail.example.test", MailServerSettings.Security.STARTTLS, null));
        for (MailCredentials.Mechanism mechanism : MailCredentials.Mechanism.values()) {
            Properties props = sessions.sessionFor(mechanism).getProperties();
            assertEquals("2000", props.getProperty("mail.imap.connectiontimeout"), mechanism.name());
            assertEquals("5000", props.getProperty("mail.imap.timeout"), mechanism.name());
            assertEquals("5000", props.getProperty("mail.imap.writetimeout"), mechanism.name());
            assertTrue(props.get("mail.imap.executor.writetimeout") != null, mechanism.name());
            assertEquals("true", props.getProperty("mail.imap.starttls.required"), mechanism.name());
            assertEquals("true", props.getProperty("mail.imap.ssl.checkserveridentity"), mechanism.name());
        }
        sessions.close();
    }
}
