package org.webmail.imap.sasl;

import org.junit.jupiter.api.Test;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.sasl.Sasl;
import javax.security.sasl.SaslClient;
import javax.security.sasl.SaslException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exact bytes of RFC 7628 OAUTHBEARER, and that Angus Mail finds the client through javax.security.sasl. */
class OAuthBearerClientTest {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";

    /** What Angus's callback handler does: the login as the name, the token as the password. */
    private static CallbackHandler angus(String user, String token) {
        return (Callback[] callbacks) -> {
            for (Callback callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(user);
                } else if (callback instanceof PasswordCallback password) {
                    password.setPassword(token.toCharArray());
                }
            }
        };
    }

    private static SaslClient viaSasl(String protocol, String host, Map<String, ?> props, CallbackHandler handler) throws SaslException {
        OAuthBearerProvider.install();
        // The same call Angus's IMAPSaslAuthenticator and SMTPSaslAuthenticator make.
        return Sasl.createSaslClient(new String[]{"OAUTHBEARER"}, null, protocol, host, props, handler);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void the_initial_response_is_the_GS2_header_host_port_and_bearer_token_separated_by_control_A() throws SaslException {
        SaslClient client = viaSasl("imaps", "imap.example.test", Map.of("mail.imaps.port", "993"), angus("alice@example.test", TOKEN));

        assertEquals("OAUTHBEARER", client.getMechanismName());
        assertTrue(client.hasInitialResponse(), "sent inline with SASL-IR: one round trip");
        assertEquals("n,a=alice@example.test,\u0001host=imap.example.test\u0001port=993\u0001auth=Bearer " + TOKEN + "\u0001\u0001",
                text(client.evaluateChallenge(new byte[0])));
        assertFalse(client.isComplete(), "a server error may still follow");
    }

    @Test
    void SMTP_submission_gets_its_own_port_from_the_smtp_session_properties() throws SaslException {
        SaslClient client = viaSasl("smtp", "smtp.example.test",
                Map.of("mail.smtp.port", "587", "mail.imaps.port", "993"), angus("alice@example.test", TOKEN));

        assertEquals("n,a=alice@example.test,\u0001host=smtp.example.test\u0001port=587\u0001auth=Bearer " + TOKEN + "\u0001\u0001",
                text(client.evaluateChallenge(new byte[0])));
    }

    @Test
    void an_unknown_port_is_left_out_rather_than_guessed() throws SaslException {
        SaslClient client = new OAuthBearerClientFactory().createSaslClient(new String[]{"OAUTHBEARER"}, null, "imap",
                "127.0.0.1", Map.of(), angus("alice@example.test", TOKEN));

        assertEquals("n,a=alice@example.test,\u0001host=127.0.0.1\u0001auth=Bearer " + TOKEN + "\u0001\u0001",
                text(client.evaluateChallenge(new byte[0])));
    }

    @Test
    void a_comma_or_equals_sign_in_the_user_is_escaped_as_RFC_5801_requires() throws SaslException {
        SaslClient client = viaSasl("imap", "h", Map.of("mail.imap.port", "143"), angus("a=b,c@example.test", TOKEN));

        assertTrue(text(client.evaluateChallenge(new byte[0])).startsWith("n,a=a=3Db=2Cc@example.test,\u0001host=h\u0001"));
    }

    @Test
    void the_authorization_id_given_by_Angus_wins_over_the_login_name() throws SaslException {
        // Angus's SMTP transport passes the login as authorization id; IMAP passes null and leaves it to the callback.
        SaslClient client = new OAuthBearerClientFactory().createSaslClient(new String[]{"OAUTHBEARER"}, "alice@example.test",
                "smtp", "h", Map.of(), angus("someone-else", TOKEN));

        assertTrue(text(client.evaluateChallenge(new byte[0])).startsWith("n,a=alice@example.test,"));
    }

    @Test
    void the_servers_error_challenge_is_answered_with_a_single_control_A_and_nothing_after() throws SaslException {
        SaslClient client = viaSasl("imap", "h", Map.of(), angus("alice@example.test", TOKEN));
        client.evaluateChallenge(new byte[0]);

        byte[] error = "{\"status\":\"invalid_token\",\"scope\":\"imap\"}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(new byte[]{0x01}, client.evaluateChallenge(error));
        assertTrue(client.isComplete());
        assertNull(client.getNegotiatedProperty(Sasl.QOP), "no security layer");
        assertThrows(SaslException.class, () -> client.evaluateChallenge(error));
    }

    @Test
    void without_a_token_no_message_is_sent() throws SaslException {
        SaslClient client = viaSasl("imap", "h", Map.of(), angus("alice@example.test", ""));
        assertThrows(SaslException.class, () -> client.evaluateChallenge(new byte[0]));
    }

    @Test
    void other_mechanisms_are_not_answered_by_this_factory_and_a_no_plaintext_policy_refuses_it() {
        OAuthBearerClientFactory factory = new OAuthBearerClientFactory();
        assertNull(factory.createSaslClient(new String[]{"PLAIN"}, null, "imap", "h", Map.of(), angus("a", TOKEN)));
        assertNull(factory.createSaslClient(new String[]{"OAUTHBEARER"}, null, "imap", "h",
                Map.of(Sasl.POLICY_NOPLAINTEXT, "true"), angus("a", TOKEN)));
        assertArrayEquals(new String[]{"OAUTHBEARER"}, factory.getMechanismNames(Map.of()));
    }

    @Test
    void installing_twice_registers_one_provider() throws SaslException {
        OAuthBearerProvider.install();
        OAuthBearerProvider.install();
        long registered = java.util.Arrays.stream(java.security.Security.getProviders())
                .filter(p -> p.getName().equals(OAuthBearerProvider.NAME)).count();
        assertEquals(1, registered);
        assertNotNull(viaSasl("imap", "h", Map.of(), angus("a", TOKEN)));
    }
}
