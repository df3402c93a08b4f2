package org.webmail.compose.smtp;

import static org.webmail.compose.smtp.Explained.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.compose.smtp.SubmissionOutcome.Kind;
import org.webmail.imap.MailCredentials;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** One send against a scripted SMTP server: what each kind of server answer comes to. */
class SmtpSubmissionTest {

    static final String MESSAGE = "From: Alice <alice@example.test>\r\nTo: bob@example.test\r\nSubject: Lunch\r\n"
            + "Message-ID: <lunch-1@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
            + "Shall we?\r\n.a line starting with a dot\r\n";
    static final MailCredentials ALICE = MailCredentials.password("alice@example.test", "alice-pass");

    private ScriptedSmtpServer server;

    @BeforeEach
    void start() {
        server = new ScriptedSmtpServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private SubmissionOutcome send(SmtpSettings settings) {
        return new SmtpSubmission(new SmtpConnections(new SmtpSessions(settings)), new SimpleMeterRegistry()).submit(ALICE, "alice@example.test",
                List.of("bob@example.test", "carol@example.test"), MESSAGE.getBytes(StandardCharsets.UTF_8));
    }

    private SubmissionOutcome send() {
        return send(TestSmtpSettings.plain(server.port()));
    }

    @Test
    void anAcceptedMessageGoesOutByteForByteToTheStoredEnvelopeWithTheUsersOwnLogin() {
        SubmissionOutcome outcome = send();
        assertEquals(Kind.ACCEPTED, outcome.kind());
        assertEquals("250 2.0.0 Ok: queued as Q1", outcome.reply());
        assertEquals("127.0.0.1:" + server.port(), outcome.relay());
        assertNull(outcome.explanation());
        ScriptedSmtpServer.Transaction sent = server.transactions().getFirst();
        assertEquals(MESSAGE, sent.data());
        assertTrue(sent.mailFrom().startsWith("<alice@example.test>"), sent.mailFrom());
        assertEquals(List.of("<bob@example.test>", "<carol@example.test>"), sent.rcptTo());
        // RFC 4616: authorization id, authentication id, password (Angus sends the login as both ids)
        assertEquals("alice@example.test\0alice@example.test\0alice-pass", sent.authorization());
    }

    @Test
    void greylistingIsATemporaryFailureWithTheServersText() {
        server.endOfDataReplies("451 4.7.1 Greylisted, please try again later");
        SubmissionOutcome outcome = send();
        assertEquals(Kind.TRANSIENT, outcome.kind());
        assertEquals("451 4.7.1 Greylisted, please try again later", outcome.reply());
        assertTrue(english(outcome.explanation()).contains("will be tried again"), english(outcome.explanation()));
    }

    @Test
    void anUnknownRecipientIsPermanentAndExplained() {
        server.rcptReply("550 5.1.1 <bob@example.test>: Recipient address rejected: User unknown in virtual mailbox table");
        SubmissionOutcome outcome = send();
        assertEquals(Kind.PERMANENT, outcome.kind());
        assertTrue(outcome.reply().contains("User unknown in virtual mailbox table"), outcome.reply());
        assertTrue(english(outcome.explanation()).contains("address does not exist"), english(outcome.explanation()));
        assertTrue(server.transactions().isEmpty(), "no data was sent");
    }

    @Test
    void aConnectionDroppedAfterTheEndOfDataIsAnUnknownOutcome() {
        server.endOfDataReplies(ScriptedSmtpServer.DROP);
        SubmissionOutcome outcome = send();
        assertEquals(Kind.UNKNOWN, outcome.kind());
        assertTrue(english(outcome.explanation()).contains("check your Sent folder"), english(outcome.explanation()));
        assertEquals(1, server.transactions().size(), "the server did read the whole message");
    }

    @Test
    void aConnectionDroppedBeforeDataIsSafeToRetry() {
        server.rcptReply(ScriptedSmtpServer.DROP);
        SubmissionOutcome outcome = send();
        assertEquals(Kind.TRANSIENT, outcome.kind());
        assertTrue(english(outcome.explanation()).contains("before the message was handed over"), english(outcome.explanation()));
    }

    @Test
    void aRefusedSignInIsExplained() {
        server.authReply("535 5.7.8 Error: authentication failed: bad credentials");
        SubmissionOutcome outcome = send();
        assertEquals(Kind.PERMANENT, outcome.kind());
        assertTrue(outcome.reply().contains("535 5.7.8"), outcome.reply());
        assertTrue(english(outcome.explanation()).contains("authentication failed"), english(outcome.explanation()));
    }

    @Test
    void aTooBigMessageASpamVerdictAndAForeignSenderAreEachExplained() {
        server.endOfDataReplies("552 5.3.4 Message size exceeds fixed limit");
        assertTrue(english(send().explanation()).contains("too big"));
        server.endOfDataReplies("554 5.7.0 Message rejected as spam");
        assertTrue(english(send().explanation()).contains("spam or against its policy"));
        server.mailReply("553 5.7.1 <alice@example.test>: Sender address rejected: not owned by user bob");
        SubmissionOutcome notHers = send();
        assertEquals(Kind.PERMANENT, notHers.kind());
        assertTrue(english(notHers.explanation()).contains("not allowed to send as"), english(notHers.explanation()));
    }

    @Test
    void whenThePrimaryIsUnreachableTheBackupRelayTakesTheMessage() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        SubmissionOutcome outcome = send(TestSmtpSettings.plain(closedPort).withBackup(server.port()));
        assertEquals(Kind.ACCEPTED, outcome.kind());
        assertEquals("127.0.0.1:" + server.port() + " (backup)", outcome.relay());
        assertEquals(1, server.accepted().size());
    }

    @Test
    void aPrimaryThatNeverGreetsTimesOutAndTheBackupTakesTheMessage() throws IOException {
        try (ScriptedSmtpServer hung = new ScriptedSmtpServer()) {
            hung.greeting(ScriptedSmtpServer.STALL);
            SubmissionOutcome outcome = send(TestSmtpSettings.plain(hung.port()).withBackup(server.port()));
            assertEquals(Kind.ACCEPTED, outcome.kind());
            assertEquals("127.0.0.1:" + server.port() + " (backup)", outcome.relay());
        }
    }

    @Test
    void aBusyPrimaryIsRetriedLaterNotBypassed() throws IOException {
        try (ScriptedSmtpServer backup = new ScriptedSmtpServer()) {
            server.greeting("421 4.3.2 Service not available, closing transmission channel");
            SubmissionOutcome outcome = send(TestSmtpSettings.plain(server.port()).withBackup(backup.port()));
            assertEquals(Kind.TRANSIENT, outcome.kind());
            assertTrue(outcome.reply().contains("421"), outcome.reply());
            assertEquals(0, backup.connections());
        }
    }

    @Test
    void aPrimaryThatRefusesIsNotBypassedThroughTheBackup() throws IOException {
        try (ScriptedSmtpServer backup = new ScriptedSmtpServer()) {
            server.rcptReply("550 5.1.1 <bob@example.test>: no such user");
            SubmissionOutcome outcome = send(TestSmtpSettings.plain(server.port()).withBackup(backup.port()));
            assertEquals(Kind.PERMANENT, outcome.kind());
            assertEquals("127.0.0.1:" + server.port(), outcome.relay());
            assertEquals(0, backup.connections());
        }
    }

    @Test
    void noRelayReachableIsATemporaryFailure() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        SubmissionOutcome outcome = send(TestSmtpSettings.plain(closedPort));
        assertEquals(Kind.TRANSIENT, outcome.kind());
        assertTrue(outcome.reply().contains("Connection refused"), outcome.reply());
        assertEquals(ReplyExplanation.UNREACHABLE, outcome.explanation());
    }

    @Test
    void passwordsInCleartextAreRefusedForAServerOffLoopback() {
        TestSmtpSettings remote = new TestSmtpSettings("192.0.2.10", 25, SmtpSettings.Security.PLAIN, Optional.empty());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new SmtpSessions(remote));
        assertTrue(refused.getMessage().contains("only allowed for a loopback host"));
    }
}
