package org.webmail.compose.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.account.UserSignedOut;
import org.webmail.compose.smtp.SubmissionOutcome.Kind;
import org.webmail.imap.MailCredentials;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A user's submission connection is kept between their messages (no connect, TLS or AUTH per message), and a kept
 * connection the server has closed meanwhile costs nothing but a new connection: the message still goes once.
 */
class SmtpConnectionReuseTest {

    static final MailCredentials BOB = MailCredentials.password("bob@example.test", "bob-pass");

    private ScriptedSmtpServer server;
    private SmtpConnections connections;
    private SmtpSubmission submission;

    @BeforeEach
    void start() {
        server = new ScriptedSmtpServer();
        use(TestSmtpSettings.plain(server.port()));
    }

    private void use(SmtpSettings settings) {
        connections = new SmtpConnections(new SmtpSessions(settings));
        submission = new SmtpSubmission(connections, new SimpleMeterRegistry());
    }

    @AfterEach
    void stop() throws IOException {
        connections.closeAll();
        server.close();
    }

    private SubmissionOutcome send(MailCredentials who, String subject) {
        String from = who.username();
        String message = "From: <" + from + ">\r\nTo: carol@example.test\r\nSubject: " + subject + "\r\nMessage-ID: <"
                + subject.replace(' ', '-') + "@example.test>\r\n\r\nHello.\r\n";
        return submission.submit(who, from, List.of("carol@example.test"), message.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aUsersSecondMessageGoesOverTheSameSignedInConnection() {
        assertEquals(Kind.ACCEPTED, send(SmtpSubmissionTest.ALICE, "first").kind());
        assertEquals(Kind.ACCEPTED, send(SmtpSubmissionTest.ALICE, "second").kind());
        assertEquals(1, server.connections(), "one connection");
        assertEquals(1, server.authorizations().size(), "one AUTH for both messages");
        assertEquals(2, server.accepted().size());
        assertTrue(server.accepted().get(1).mailFrom().startsWith("<alice@example.test>"), server.accepted().get(1).mailFrom());
    }

    @Test
    void eachUserHasTheirOwnConnectionAndEnvelopeSender() {
        send(SmtpSubmissionTest.ALICE, "from alice");
        send(BOB, "from bob");
        send(SmtpSubmissionTest.ALICE, "alice again");
        assertEquals(2, server.connections());
        assertEquals(List.of("alice@example.test\0alice@example.test\0alice-pass", "bob@example.test\0bob@example.test\0bob-pass"),
                server.authorizations());
        assertTrue(server.accepted().get(1).mailFrom().startsWith("<bob@example.test>"));
        assertTrue(server.accepted().get(2).mailFrom().startsWith("<alice@example.test>"));
    }

    @Test
    void aKeptConnectionTheServerDroppedIsReplacedAndTheMessageGoesOnce() throws InterruptedException {
        send(SmtpSubmissionTest.ALICE, "before the restart");
        server.dropConnections();
        Thread.sleep(50); // let the close reach the client's socket
        SubmissionOutcome outcome = send(SmtpSubmissionTest.ALICE, "after the restart");
        assertEquals(Kind.ACCEPTED, outcome.kind(), outcome.toString());
        assertEquals(2, server.connections());
        assertEquals(2, server.accepted().size(), "each message accepted once");
        assertEquals("Subject: after the restart", subjectOf(server.accepted().get(1)));
    }

    @Test
    void aKeptConnectionTheServerTimedOutWith421IsReplacedAndTheMessageGoesOnce() throws InterruptedException {
        send(SmtpSubmissionTest.ALICE, "before the timeout");
        server.timeOutIdleConnections();
        Thread.sleep(50);
        SubmissionOutcome outcome = send(SmtpSubmissionTest.ALICE, "after the timeout");
        assertEquals(Kind.ACCEPTED, outcome.kind(), outcome.toString());
        assertEquals(2, server.accepted().size());
    }

    @Test
    void aRefusalClosesTheConnectionSoTheNextMessageStartsClean() {
        server.rcptReply("550 5.1.1 <carol@example.test>: Recipient address rejected: User unknown");
        assertEquals(Kind.PERMANENT, send(SmtpSubmissionTest.ALICE, "refused").kind());
        server.rcptReply("250 2.1.5 Ok");
        assertEquals(Kind.ACCEPTED, send(SmtpSubmissionTest.ALICE, "accepted").kind());
        assertEquals(2, server.connections(), "a connection that saw a failure is never reused");
    }

    @Test
    void anotherPasswordSignsInAfresh() {
        send(SmtpSubmissionTest.ALICE, "old password");
        send(MailCredentials.password("alice@example.test", "new-pass"), "new password");
        assertEquals(2, server.connections());
        assertTrue(server.authorizations().get(1).endsWith("\0new-pass"));
    }

    @Test
    void signingOutClosesTheUsersKeptConnection() {
        send(SmtpSubmissionTest.ALICE, "then sign out");
        assertEquals(1, connections.idleCount());
        connections.signedOut(new UserSignedOut("alice@example.test"));
        assertEquals(0, connections.idleCount());
        send(SmtpSubmissionTest.ALICE, "signed in again");
        assertEquals(2, server.connections());
    }

    @Test
    void keptConnectionsAreBoundedOverallLeastRecentlyUsedFirst() {
        for (int i = 1; i <= 6; i++) {
            send(MailCredentials.password("user" + i + "@example.test", "pw"), "hello " + i);
        }
        assertEquals(4, connections.idleCount(), "TestSmtpSettings keeps at most 4");
        send(MailCredentials.password("user6@example.test", "pw"), "user6 again");
        assertEquals(6, server.connections(), "the most recent user's connection was kept");
        send(MailCredentials.password("user1@example.test", "pw"), "user1 again");
        assertEquals(7, server.connections(), "the oldest user's connection had been closed");
    }

    @Test
    void withoutAnIdleTimeoutEveryMessageHasItsOwnConnection() {
        connections.closeAll();
        use(noKeeping(server.port()));
        send(SmtpSubmissionTest.ALICE, "one");
        send(SmtpSubmissionTest.ALICE, "two");
        assertEquals(2, server.connections());
        assertEquals(0, connections.idleCount());
    }

    private static SmtpSettings noKeeping(int port) {
        TestSmtpSettings base = TestSmtpSettings.plain(port);
        return (SmtpSettings) java.lang.reflect.Proxy.newProxyInstance(SmtpSettings.class.getClassLoader(),
                new Class<?>[] {SmtpSettings.class}, (proxy, method, args) -> method.getName().equals("idleTimeout")
                        ? Duration.ZERO : method.invoke(base, args));
    }

    private static String subjectOf(ScriptedSmtpServer.Transaction t) {
        return t.data().lines().filter(l -> l.startsWith("Subject:")).findFirst().orElse("");
    }
}
