package org.webmail.compose.smtp;

import static org.webmail.compose.smtp.Explained.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.compose.smtp.SubmissionOutcome.Kind;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailCredentials.MasterUser;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * What each kind of credentials sends in SMTP AUTH (RFC 4954), byte for byte, against a scripted server that
 * offers every mechanism; and what the user is told when a token is refused or cannot be offered at all.
 */
class SmtpSignInTest {

    private static final String ALICE = "alice@example.test";
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJlbWFpbCI6ImFsaWNlQGV4YW1wbGUudGVzdCJ9.c2ln";

    private ScriptedSmtpServer server;

    @BeforeEach
    void start() {
        server = new ScriptedSmtpServer();
        server.advertiseAuth("PLAIN LOGIN XOAUTH2 OAUTHBEARER");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private SubmissionOutcome send(MailCredentials credentials) {
        SmtpSessions sessions = new SmtpSessions(TestSmtpSettings.plain(server.port()));
        try {
            return new SmtpSubmission(new SmtpConnections(sessions), new SimpleMeterRegistry()).submit(credentials, ALICE,
                    List.of("bob@example.test"), SmtpSubmissionTest.MESSAGE.getBytes(StandardCharsets.UTF_8));
        } finally {
            sessions.close();
        }
    }

    @Test
    void anOauthbearerTokenIsSentInlineAsRfc7628SpellsIt() {
        SubmissionOutcome outcome = send(MailCredentials.oauthBearer(ALICE, TOKEN));
        assertEquals(Kind.ACCEPTED, outcome.kind(), outcome.toString());
        assertEquals(List.of("OAUTHBEARER"), server.authMechanisms());
        assertEquals("n,a=alice@example.test,\u0001host=127.0.0.1\u0001port=" + server.port() + "\u0001auth=Bearer " + TOKEN
                + "\u0001\u0001", server.authorizations().getFirst());
    }

    @Test
    void anXoauth2TokenIsSentAsGoogleAndDovecotExpect() {
        SubmissionOutcome outcome = send(MailCredentials.xoauth2(ALICE, TOKEN));
        assertEquals(Kind.ACCEPTED, outcome.kind(), outcome.toString());
        assertEquals(List.of("XOAUTH2"), server.authMechanisms());
        assertEquals("user=alice@example.test\u0001auth=Bearer " + TOKEN + "\u0001\u0001", server.authorizations().getFirst());
    }

    @Test
    void aMasterUserSignsInWithPlainAuthorizedAsTheUser() {
        SubmissionOutcome outcome = send(MailCredentials.masterUser(ALICE, MasterUser.viaAuthorizationId("webmail"), "master-pw"));
        assertEquals(Kind.ACCEPTED, outcome.kind(), outcome.toString());
        assertEquals(List.of("PLAIN"), server.authMechanisms());
        assertEquals("alice@example.test\0webmail\0master-pw", server.authorizations().getFirst());
    }

    @Test
    void aMasterUserWithDovecotsSeparatorSignsInAsUserStarMasterWithNoSeparateAuthorizationId() {
        SubmissionOutcome outcome = send(MailCredentials.masterUser(ALICE, MasterUser.viaSeparator("webmail", "*"), "master-pw"));
        assertEquals(Kind.ACCEPTED, outcome.kind(), outcome.toString());
        assertEquals("\0alice@example.test*webmail\0master-pw", server.authorizations().getFirst());
    }

    @Test
    void aRefusedOauthbearerTokenIsAcknowledgedWithControlAAndShownAsARefusedSignIn() {
        server.refuseTokensWith("{\"status\":\"invalid_token\",\"schemes\":\"bearer\",\"scope\":\"smtp\"}");
        SubmissionOutcome outcome = send(MailCredentials.oauthBearer(ALICE, TOKEN));
        assertEquals(List.of("\u0001"), server.answersToTokenErrors());
        assertEquals(Kind.PERMANENT, outcome.kind());
        assertEquals("535 5.7.8 Error: authentication failed", outcome.reply());
        assertTrue(english(outcome.explanation()).contains("did not accept your sign-in"), english(outcome.explanation()));
        assertTrue(server.transactions().isEmpty());
    }

    @Test
    void aRefusedXoauth2TokenIsShownAsARefusedSignInNotAsAnOddReplyCode() {
        server.refuseTokensWith("{\"status\":\"401\",\"schemes\":\"bearer\",\"scope\":\"mail\"}");
        SubmissionOutcome outcome = send(MailCredentials.xoauth2(ALICE, TOKEN));
        assertEquals(Kind.PERMANENT, outcome.kind(), outcome.toString());
        assertTrue(english(outcome.explanation()).contains("did not accept your sign-in"), english(outcome.explanation()));
        assertTrue(server.transactions().isEmpty());
    }

    @Test
    void aServerWithoutOauthbearerNeverReceivesTheTokenAndTheMessageWaitsInTheOutbox() {
        server.advertiseAuth("PLAIN LOGIN");
        SubmissionOutcome outcome = send(MailCredentials.oauthBearer(ALICE, TOKEN));
        assertTrue(server.authorizations().isEmpty(), "no AUTH at all: " + server.authorizations());
        assertEquals(Kind.TRANSIENT, outcome.kind());
        assertEquals(ReplyExplanation.NO_COMMON_MECHANISM, outcome.explanation());
    }
}
