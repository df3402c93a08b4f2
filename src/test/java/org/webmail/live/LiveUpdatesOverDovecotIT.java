package org.webmail.live;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.webmail.interop.DovecotTestResource;
import org.webmail.interop.InteropServer;
import org.webmail.support.Browser;
import org.webmail.support.TestMailbox;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The live updates against the real Dovecot (IMAPS, IDLE, CONDSTORE and QRESYNC) and Postfix: two devices see each
 * other's changes, and a watcher that lost its connection catches up exactly (QRESYNC) instead of asking for a resync.
 */
@QuarkusTest
@WithTestResource(value = DovecotTestResource.class, initArgs = @ResourceArg(name = "security", value = "TLS"))
@WithTestResource(LiveTimings.class)
class LiveUpdatesOverDovecotIT {

    private static final Duration SOON = Duration.ofSeconds(5);

    private final List<EventStream> open = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        open.forEach(EventStream::close);
    }

    @Test
    void twoDevicesSeeAFlagAMoveAndNewMailFromEachOther() throws Exception {
        EventStream laptop = watching(device());
        EventStream phone = watching(device());
        try (OtherImapClient mailApp = mailApp()) {
            long uid = mailApp.uidOf("INBOX", "Numbered message 100");
            mailApp.flag("INBOX", uid, Flags.Flag.FLAGGED, true);
            for (EventStream stream : List.of(laptop, phone)) {
                assertThat(stream.next("message-flags", SOON).data(), allOf(containsString("\"uid\":" + uid),
                        containsString("\"flagged\":true")));
            }

            long moved = mailApp.uidOf("INBOX", "Numbered message 050");
            mailApp.move("INBOX", moved, "Trash");
            for (EventStream stream : List.of(laptop, phone)) {
                assertThat(stream.next("message-gone", SOON).data(), containsString("\"uid\":" + moved));
            }
        }
        submitToAlice("Live over Postfix");
        for (EventStream stream : List.of(laptop, phone)) {
            assertThat(stream.next("message-new", Duration.ofSeconds(10)).data(), containsString("Live over Postfix"));
        }
    }

    @Test
    void aWatcherThatLostItsConnectionCatchesUpExactlyWithQresync() throws Exception {
        EventStream laptop = watching(device());
        try (OtherImapClient before = mailApp()) {
            before.flag("INBOX", before.uidOf("INBOX", "Numbered message 020"), Flags.Flag.SEEN, true);
            laptop.next("message-flags", SOON); // in step
        }
        kickAlice(); // every IMAP connection of alice's ends; the watcher waits 3 s before it reconnects
        long flagged;
        long deleted;
        try (OtherImapClient meanwhile = mailApp()) {
            flagged = meanwhile.uidOf("INBOX", "Numbered message 030");
            meanwhile.flag("INBOX", flagged, Flags.Flag.FLAGGED, true);
            deleted = meanwhile.uidOf("INBOX", "Numbered message 031");
            meanwhile.move("INBOX", deleted, "Trash");
        }
        List<String> names = new ArrayList<>();
        String flags = null;
        String gone = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while ((flags == null || gone == null) && System.nanoTime() < deadline) {
            EventStream.Event event = laptop.nextAny(Duration.ofSeconds(15));
            names.add(event.name());
            if (event.name().equals("message-flags") && event.data().contains("\"uid\":" + flagged)) {
                flags = event.data();
            } else if (event.name().equals("message-gone") && event.data().contains("\"uid\":" + deleted)) {
                gone = event.data();
            }
        }
        assertThat("events after the reconnect: " + names, flags != null && gone != null, is(true));
        assertThat(flags, containsString("\"flagged\":true"));
        assertThat("QRESYNC said exactly what changed: " + names, names.contains("resync"), is(false));
    }

    private static Browser device() {
        return new Browser().signedIn(TestMailbox.USER, TestMailbox.PASSWORD);
    }

    private EventStream watching(Browser browser) {
        String base = "https://localhost:" + Integer.getInteger("quarkus.http.test-ssl-port", 8444);
        EventStream stream = EventStream.open(base, Browser.SESSION_COOKIE + "=" + browser.cookie(Browser.SESSION_COOKIE), "INBOX", null);
        open.add(stream);
        stream.next("watching", SOON);
        return stream;
    }

    private static OtherImapClient mailApp() throws Exception {
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        return OtherImapClient.signIn(session, "imaps", "localhost", InteropServer.IMAPS_PORT, TestMailbox.USER, TestMailbox.PASSWORD);
    }

    /** Delivered the way mail really comes: submission to Postfix (STARTTLS, AUTH), which hands it to Dovecot by LMTP. */
    private static void submitToAlice(String subject) throws Exception {
        Properties props = InteropServer.mailProperties("smtp", InteropServer.trustingTestCa());
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(TestMailbox.USER));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMailbox.USER));
        message.setSubject(subject);
        message.setText("Hello from the submission server.");
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("localhost", InteropServer.SUBMISSION_PORT, TestMailbox.USER, TestMailbox.PASSWORD);
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    /** doveadm kick: Dovecot ends alice's IMAP connections, as a restart or a network drop would. */
    private static void kickAlice() throws Exception {
        Process kick = new ProcessBuilder("doveadm", "-c", InteropServer.runDir().resolve("dovecot.conf").toString(),
                "kick", TestMailbox.USER).redirectErrorStream(true).start();
        String output = new String(kick.getInputStream().readAllBytes());
        if (kick.waitFor() != 0) {
            throw new AssertionError("doveadm kick failed: " + output);
        }
    }
}
