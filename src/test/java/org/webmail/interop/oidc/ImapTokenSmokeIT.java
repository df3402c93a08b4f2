package org.webmail.interop.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.interop.oidc.InteropKeycloak.ALICE;
import static org.webmail.interop.oidc.InteropKeycloak.BOB;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.net.ssl.SSLSocket;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Store;

import org.junit.jupiter.api.Test;
import org.webmail.interop.InteropServer;
import org.webmail.interop.oidc.KeycloakTokens.Tokens;

/**
 * The interop Dovecot takes the user's Keycloak access token instead of a password (SASL XOAUTH2 and OAUTHBEARER,
 * RFC 7628), checked by introspection at Keycloak, and opens the same mailbox the password opens. Tokens that are
 * not the user's, not for the mail server, expired or revoked are refused. Needs src/test/interop/start.
 */
class ImapTokenSmokeIT {

    @Test
    void webmailSignInTokenOpensAlicesMailboxOverImplicitTls() throws Exception {
        String marker = InteropMail.plantMarker(ALICE.email(), "alice-pass");
        Tokens tokens = KeycloakTokens.signIn(ALICE);
        try (Store store = InteropMail.imap("imaps", ALICE.email(), tokens.accessToken())) {
            Folder inbox = store.getFolder("INBOX");
            assertTrue(inbox.exists(), "INBOX is listed");
            assertTrue(InteropMail.takeFromInbox(store, marker), "the token opened the mailbox the password opens");
        }
    }

    @Test
    void tokenLoginWorksAfterStartTlsOnThePlainPort() throws Exception {
        Tokens tokens = KeycloakTokens.password(InteropKeycloak.MAIL_TEST, BOB);
        try (Store store = InteropMail.imap("imap", BOB.email(), tokens.accessToken())) {
            assertTrue(((org.eclipse.angus.mail.imap.IMAPStore) store).isSSL(), "authenticated over TLS only");
            assertTrue(store.getFolder("INBOX").exists());
        }
    }

    @Test
    void refreshedTokenOpensTheMailbox() throws Exception {
        Tokens first = KeycloakTokens.signIn(ALICE);
        Tokens refreshed = KeycloakTokens.refresh(InteropKeycloak.WEBMAIL, first.refreshToken());
        try (Store store = InteropMail.imap("imaps", ALICE.email(), refreshed.accessToken())) {
            assertTrue(store.getFolder("INBOX").exists());
        }
    }

    @Test
    void oauthBearerOpensTheMailbox() throws Exception {
        String token = KeycloakTokens.password(InteropKeycloak.MAIL_TEST, ALICE).accessToken();
        // RFC 7628 section 3.1: gs2 header with the authzid, then key/value pairs separated by ^A.
        String response = "n,a=" + ALICE.email() + ",\u0001host=" + InteropServer.HOST + "\u0001port=" + InteropServer.IMAPS_PORT
                + "\u0001auth=Bearer " + token + "\u0001\u0001";
        assertEquals("a OK", rawAuthenticate("192.0.2.10", "OAUTHBEARER", response).substring(0, 4));
    }

    @Test
    void oauthBearerWithBobsTokenForAliceIsRefused() throws Exception {
        String token = KeycloakTokens.password(InteropKeycloak.MAIL_TEST, BOB).accessToken();
        String response = "n,a=" + ALICE.email() + ",\u0001auth=Bearer " + token + "\u0001\u0001";
        String reply = rawAuthenticate("192.0.2.11", "OAUTHBEARER", response);
        assertTrue(reply.startsWith("a NO"), reply);
    }

    @Test
    void garbageTokenIsRefused() {
        assertRefused("192.0.2.12", ALICE.email(), "not-a-token");
    }

    @Test
    void bobsTokenDoesNotOpenAlicesMailbox() throws Exception {
        assertRefused("192.0.2.13", ALICE.email(), KeycloakTokens.password(InteropKeycloak.MAIL_TEST, BOB).accessToken());
    }

    @Test
    void tokenOfAnotherApplicationIsRefused() throws Exception {
        // A valid token of alice's, but issued to a client whose tokens do not name the mail server in "aud".
        assertRefused("192.0.2.14", ALICE.email(), KeycloakTokens.password(InteropKeycloak.OTHER_APP, ALICE).accessToken());
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        Tokens tokens = KeycloakTokens.password(InteropKeycloak.MAIL_TEST_EXPIRING, ALICE);
        long expiry = InteropKeycloak.claims(tokens.accessToken()).path("exp").asLong() * 1000;
        Thread.sleep(Math.max(0, expiry - System.currentTimeMillis()) + 1_500);
        assertRefused("192.0.2.15", ALICE.email(), tokens.accessToken());
    }

    @Test
    void tokenOfASignedOutSessionIsRefused() throws Exception {
        Tokens tokens = KeycloakTokens.signIn(ALICE);
        KeycloakTokens.signOut(InteropKeycloak.WEBMAIL, tokens.refreshToken());
        // Not expired yet, but introspection reports the ended session's token inactive.
        assertRefused("192.0.2.16", ALICE.email(), tokens.accessToken());
    }

    @Test
    void mailPasswordIsNotATokenSubstitute() {
        // XOAUTH2 goes only to the oauth2 passdb: a password in the token's place must not open the mailbox.
        assertRefused("192.0.2.17", ALICE.email(), "alice-pass");
    }

    /** Refused for the end user at {@code clientAddress}: each test its own, so the failure penalty stays there. */
    private static void assertRefused(String clientAddress, String email, String token) {
        assertThrows(AuthenticationFailedException.class,
                () -> InteropMail.imapsWithTokenFrom(clientAddress, email, token).close());
    }

    /**
     * One AUTHENTICATE with an initial response (RFC 4959) on a new IMAPS connection, after an ID naming the end
     * user's address (see {@link InteropMail#imapsFrom}); returns the tagged reply.
     */
    private static String rawAuthenticate(String clientAddress, String mechanism, String initialResponse) throws Exception {
        try (SSLSocket socket = (SSLSocket) InteropServer.trustingTestCa().createSocket(InteropServer.HOST, InteropServer.IMAPS_PORT)) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            String greeting = in.readLine();
            assertTrue(greeting.startsWith("* OK"), greeting);
            out.write(("i ID (\"x-originating-ip\" \"" + clientAddress + "\")\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String idReply;
            do {
                idReply = in.readLine(); // the server's own "* ID", then the tagged reply
            } while (idReply != null && !idReply.startsWith("i "));
            assertTrue(idReply != null && idReply.startsWith("i OK"), "ID: " + idReply);
            String encoded = Base64.getEncoder().encodeToString(initialResponse.getBytes(StandardCharsets.UTF_8));
            out.write(("a AUTHENTICATE " + mechanism + " " + encoded + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("+ ")) { // an error challenge (RFC 7628 section 3.2.3): answer with ^A to end it
                    out.write("AQ==\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } else if (line.startsWith("a ")) {
                    return line;
                }
            }
            throw new AssertionError("connection closed before the tagged reply");
        }
    }
}
