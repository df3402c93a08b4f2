package org.webmail.interop.oidc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.interop.InteropServer.MASTER_SECRET;
import static org.webmail.interop.InteropServer.MASTER_SEPARATOR;
import static org.webmail.interop.InteropServer.MASTER_USER;

import java.util.Properties;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.Test;
import org.webmail.interop.InteropServer;

/**
 * The fallback for mail servers that take no tokens: after an OIDC sign-in the webmail opens the user's mailbox as
 * the Dovecot master user, on IMAP and (through Postfix's Dovecot SASL) on submission. Needs src/test/interop/start.
 */
class MasterUserSmokeIT {

    private static final String ALICE = "alice@example.test";
    private static final String BOB = "bob@example.test";

    @Test
    void masterLoginWithSeparatorOpensAlicesMailbox() throws Exception {
        String marker = InteropMail.plantMarker(ALICE, "alice-pass");
        // With the end user's address in IMAP ID, as the webmail sends it: allow_real_nets still sees 127.0.0.1.
        try (Store store = InteropMail.imapsFrom("192.0.2.22", new Properties())) {
            store.connect(InteropServer.HOST, InteropServer.IMAPS_PORT, ALICE + MASTER_SEPARATOR + MASTER_USER, MASTER_SECRET);
            assertTrue(InteropMail.takeFromInbox(store, marker), "alice's INBOX, not the master user's");
        }
    }

    @Test
    void plainWithAuthorizationIdentityOpensAlicesMailbox() throws Exception {
        String marker = InteropMail.plantMarker(ALICE, "alice-pass");
        Properties props = new Properties();
        props.put("mail.imaps.auth.mechanisms", "PLAIN");
        props.put("mail.imaps.sasl.authorizationid", ALICE); // RFC 4616: authzid alice, authcid the master user
        try (Store store = imaps(props)) {
            store.connect(InteropServer.HOST, InteropServer.IMAPS_PORT, MASTER_USER, MASTER_SECRET);
            assertTrue(InteropMail.takeFromInbox(store, marker), "alice's INBOX, not the master user's");
        }
    }

    @Test
    void wrongMasterSecretIsRefused() throws Exception {
        try (Store store = InteropMail.imapsFrom("192.0.2.20", new Properties())) {
            assertThrows(AuthenticationFailedException.class, () -> store.connect(InteropServer.HOST,
                    InteropServer.IMAPS_PORT, ALICE + MASTER_SEPARATOR + MASTER_USER, "not-" + MASTER_SECRET));
        }
    }

    @Test
    void unknownMailboxIsRefusedCleanly() throws Exception {
        try (Store store = InteropMail.imapsFrom("192.0.2.21", new Properties())) {
            assertThrows(AuthenticationFailedException.class, () -> store.connect(InteropServer.HOST,
                    InteropServer.IMAPS_PORT, "nobody@example.test" + MASTER_SEPARATOR + MASTER_USER, MASTER_SECRET));
        }
    }

    @Test
    void masterLoginSendsAsAliceAndTheMailArrives() throws Exception {
        Session session = InteropMail.submission("smtps", "PLAIN");
        MimeMessage message = InteropMail.message(session, ALICE, BOB, "sent by the master user for alice");
        try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtps")) {
            transport.connect(InteropServer.HOST, InteropServer.SUBMISSIONS_PORT, ALICE + MASTER_SEPARATOR + MASTER_USER, MASTER_SECRET);
            transport.sendMessage(message, message.getAllRecipients()); // Postfix's sender check sees alice
        }
        try (Store store = imaps(new Properties())) {
            store.connect(InteropServer.HOST, InteropServer.IMAPS_PORT, BOB, "bob-pass");
            assertTrue(InteropMail.takeFromInbox(store, message.getMessageID()), "delivered to bob");
        }
    }

    private static Store imaps(Properties extra) throws Exception {
        Properties props = InteropServer.mailProperties("imaps", InteropServer.trustingTestCa());
        props.putAll(extra);
        return Session.getInstance(props).getStore("imaps");
    }
}
