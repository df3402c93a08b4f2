package org.webmail.imap;

import org.junit.jupiter.api.Test;
import org.webmail.imap.MailCredentials.MasterUser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each kind of credentials sends to an IMAP server, byte for byte, and that a server lacking the mechanism never
 * sees the secret. A scripted server records the exchange: GreenMail knows only XOAUTH2 and validates no token, so
 * real token checking is left to the interop tests against Dovecot.
 */
class ImapSignInTest {

    private static final String ALICE = "alice@example.test";
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJlbWFpbCI6ImFsaWNlQGV4YW1wbGUudGVzdCJ9.c2ln";
    private static final String FULL = "IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2 AUTH=OAUTHBEARER";

    private static ScriptedImapServer server(String capabilities) throws Exception {
        return new ScriptedImapServer(capabilities, (connection, command) -> ScriptedImapServer.Reply.ok());
    }

    private static ScriptedImapServer.Authentication signIn(ScriptedImapServer server, MailCredentials credentials) {
        try (ImapRig rig = ImapRig.plain(server.port())) {
            rig.store.verifyLogin(credentials);
        }
        List<ScriptedImapServer.Authentication> seen = server.authentications();
        assertEquals(1, seen.size(), seen.toString());
        return seen.getFirst();
    }

    private static void assertSecretNeverSent(ScriptedImapServer server, String secret) {
        assertTrue(server.authentications().isEmpty(), server.authentications().toString());
        assertTrue(server.commands().stream().noneMatch(c -> c.toUpperCase().startsWith("LOGIN") || c.contains(secret)),
                server.commands().toString());
    }

    @Test
    void the_end_users_address_is_named_in_an_ID_command_before_the_login() throws Exception {
        try (ScriptedImapServer server = server("IMAP4rev1 SASL-IR ID AUTH=XOAUTH2")) {
            signIn(server, MailCredentials.xoauth2(ALICE, TOKEN).withOrigin("203.0.113.7"));
            List<String> commands = server.commands();
            int id = indexOf(commands, "ID (\"name\" \"webmail\" \"x-originating-ip\" \"203.0.113.7\")");
            int login = indexOf(commands, "AUTHENTICATE XOAUTH2");
            assertTrue(id >= 0 && login > id, commands.toString());
        }
    }

    @Test
    void no_ID_without_the_capability_and_never_anything_but_an_address() throws Exception {
        try (ScriptedImapServer server = server("IMAP4rev1 SASL-IR AUTH=XOAUTH2")) {
            signIn(server, MailCredentials.xoauth2(ALICE, TOKEN).withOrigin("203.0.113.7"));
            assertTrue(indexOf(server.commands(), "ID (") < 0, server.commands().toString());
        }
        try (ScriptedImapServer server = server("IMAP4rev1 SASL-IR ID AUTH=XOAUTH2")) {
            signIn(server, MailCredentials.xoauth2(ALICE, TOKEN).withOrigin("1.2.3.4\") (\"x-evil\" \"1"));
            assertTrue(indexOf(server.commands(), "ID (") < 0, "a value that is not an IP literal is left out: " + server.commands());
        }
    }

    private static int indexOf(List<String> commands, String text) {
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void an_OAUTHBEARER_token_is_sent_inline_as_RFC_7628_spells_it() throws Exception {
        try (ScriptedImapServer server = server(FULL)) {
            ScriptedImapServer.Authentication auth = signIn(server, MailCredentials.oauthBearer(ALICE, TOKEN));
            assertEquals("OAUTHBEARER", auth.mechanism());
            assertEquals("n,a=alice@example.test,\u0001host=127.0.0.1\u0001port=" + server.port()
                    + "\u0001auth=Bearer " + TOKEN + "\u0001\u0001", auth.message());
            assertTrue(server.commands().getFirst().startsWith("AUTHENTICATE OAUTHBEARER "), "one round trip with SASL-IR");
        }
    }

    @Test
    void without_SASL_IR_the_same_message_follows_the_servers_continuation() throws Exception {
        try (ScriptedImapServer server = server("IMAP4rev1 AUTH=OAUTHBEARER")) {
            ScriptedImapServer.Authentication auth = signIn(server, MailCredentials.oauthBearer(ALICE, TOKEN));
            assertEquals("n,a=alice@example.test,\u0001host=127.0.0.1\u0001port=" + server.port()
                    + "\u0001auth=Bearer " + TOKEN + "\u0001\u0001", auth.message());
        }
    }

    @Test
    void a_refused_OAUTHBEARER_token_is_acknowledged_with_control_A_and_reported_as_a_refused_sign_in() throws Exception {
        try (ScriptedImapServer server = server(FULL)) {
            server.refuseTokensWith("{\"status\":\"invalid_token\",\"scope\":\"imap\"}");
            try (ImapRig rig = ImapRig.plain(server.port())) {
                assertThrows(MailAuthenticationException.class, () -> rig.store.verifyLogin(MailCredentials.oauthBearer(ALICE, TOKEN)));
                assertEquals(0, rig.pool.openCount(), "a refused login leaves nothing behind");
            }
            assertEquals("\u0001", server.authentications().getFirst().answerToError());
        }
    }

    @Test
    void an_XOAUTH2_token_is_sent_as_Google_and_Dovecot_expect() throws Exception {
        try (ScriptedImapServer server = server(FULL)) {
            ScriptedImapServer.Authentication auth = signIn(server, MailCredentials.xoauth2(ALICE, TOKEN));
            assertEquals("XOAUTH2", auth.mechanism());
            assertEquals("user=alice@example.test\u0001auth=Bearer " + TOKEN + "\u0001\u0001", auth.message());
        }
    }

    @Test
    void a_server_without_OAUTHBEARER_never_receives_the_token_as_a_password() throws Exception {
        try (ScriptedImapServer server = server("IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=LOGIN");
             ImapRig rig = ImapRig.plain(server.port())) {
            MailServerUnavailableException refused = assertThrows(MailServerUnavailableException.class,
                    () -> rig.store.verifyLogin(MailCredentials.oauthBearer(ALICE, TOKEN)));
            assertEquals("The mail server does not offer the sign-in method this webmail is set up for (AUTH=OAUTHBEARER).",
                    refused.getMessage());
            assertSecretNeverSent(server, TOKEN);
            assertEquals(0, rig.pool.openCount());
        }
    }

    @Test
    void a_server_without_XOAUTH2_never_receives_the_token_as_a_password() throws Exception {
        try (ScriptedImapServer server = server("IMAP4rev1 AUTH=PLAIN");
             ImapRig rig = ImapRig.plain(server.port())) {
            assertThrows(MailServerUnavailableException.class, () -> rig.store.verifyLogin(MailCredentials.xoauth2(ALICE, TOKEN)));
            assertSecretNeverSent(server, TOKEN);
        }
    }

    @Test
    void a_master_user_signs_in_with_PLAIN_authorized_as_the_user() throws Exception {
        try (ScriptedImapServer server = server(FULL)) {
            ScriptedImapServer.Authentication auth = signIn(server,
                    MailCredentials.masterUser(ALICE, MasterUser.viaAuthorizationId("webmail"), "master-pw"));
            assertEquals("PLAIN", auth.mechanism());
            // RFC 4616: authorization identity NUL authentication identity NUL password
            assertEquals("alice@example.test\0webmail\0master-pw", auth.message());
            assertNull(auth.answerToError());
        }
    }

    @Test
    void a_master_user_with_Dovecots_separator_signs_in_as_user_star_master() throws Exception {
        try (ScriptedImapServer server = server(FULL)) {
            ScriptedImapServer.Authentication auth = signIn(server,
                    MailCredentials.masterUser(ALICE, MasterUser.viaSeparator("webmail", "*"), "master-pw"));
            assertEquals("PLAIN", auth.mechanism());
            assertEquals("\0alice@example.test*webmail\0master-pw", auth.message());
        }
    }

    @Test
    void a_server_without_PLAIN_never_signs_the_master_user_in_as_itself() throws Exception {
        try (ScriptedImapServer server = server("IMAP4rev1 AUTH=LOGIN");
             ImapRig rig = ImapRig.plain(server.port())) {
            MailCredentials master = MailCredentials.masterUser(ALICE, MasterUser.viaAuthorizationId("webmail"), "master-pw");
            MailServerUnavailableException refused = assertThrows(MailServerUnavailableException.class, () -> rig.store.verifyLogin(master));
            assertTrue(refused.getMessage().contains("AUTH=PLAIN"), refused.getMessage());
            assertSecretNeverSent(server, "master-pw");
        }
    }
}
