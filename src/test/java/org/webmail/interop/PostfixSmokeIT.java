package org.webmail.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.search.HeaderTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.Test;

/**
 * Plain Jakarta Mail against the real Postfix of src/test/interop (start it first; run with ./mvnw verify -Pinterop):
 * authenticated submission on both ports ends up in the recipient's Dovecot INBOX, and each refusal the webmail
 * has to explain arrives with its real code.
 */
class PostfixSmokeIT {

    private static final String ALICE = "alice@example.test";
    private static final String BOB = "bob@example.test";
    private static final long DELIVERY_TIMEOUT_MILLIS = 20_000;

    @Test
    void startTlsSubmissionIsDeliveredToBobsInbox() throws Exception {
        Session session = submission(false);
        MimeMessage message = message(session, ALICE, BOB, "over STARTTLS");
        try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtp")) {
            transport.connect(InteropServer.HOST, InteropServer.SUBMISSION_PORT, ALICE, "alice-pass");
            assertTrue(transport.isSSL(), "the dialogue runs over TLS after STARTTLS");
            transport.sendMessage(message, message.getAllRecipients());
            assertEquals(250, transport.getLastReturnCode(), transport.getLastServerResponse());
        }
        assertEquals("over STARTTLS", deliveredToBob(message.getMessageID()).getSubject());
    }

    @Test
    void implicitTlsSubmissionIsDeliveredToBobsInbox() throws Exception {
        Session session = submission(true);
        MimeMessage message = message(session, ALICE, BOB, "over implicit TLS");
        Transport.send(message, ALICE, "alice-pass");
        Message delivered = deliveredToBob(message.getMessageID());
        assertEquals("over implicit TLS", delivered.getSubject());
        assertEquals(ALICE, ((InternetAddress) delivered.getFrom()[0]).getAddress());
    }

    @Test
    void authenticationIsNotOfferedBeforeStartTls() throws Exception {
        Properties props = InteropServer.mailProperties("smtp", InteropServer.trustingTestCa());
        try (SMTPTransport transport = (SMTPTransport) Session.getInstance(props).getTransport("smtp")) {
            transport.connect(InteropServer.HOST, InteropServer.SUBMISSION_PORT, null, null);
            assertTrue(transport.supportsExtension("STARTTLS"), "STARTTLS offered");
            assertFalse(transport.supportsExtension("AUTH"), "no AUTH on a clear-text connection (RFC 4954 section 4)");
            // RFC 3207 section 4: a server that requires TLS answers 530 until STARTTLS.
            assertEquals(530, transport.simpleCommand("MAIL FROM:<" + ALICE + ">"), transport.getLastServerResponse());
        }
    }

    @Test
    void unauthenticatedSubmissionIsRefused() throws Exception {
        Session session = submission(true);
        session.getProperties().put("mail.smtps.auth", "false"); // a client that never sends AUTH
        MimeMessage message = message(session, ALICE, BOB, "without a login");
        try (Transport transport = session.getTransport("smtps")) {
            transport.connect(InteropServer.HOST, InteropServer.SUBMISSIONS_PORT, null, null);
            MessagingException refused = assertThrows(MessagingException.class,
                    () -> transport.sendMessage(message, message.getAllRecipients()));
            assertTrue(replies(refused).stream().anyMatch(r -> r.startsWith("554 5.7.1") && r.contains("Access denied")),
                    "refused: " + replies(refused));
        }
    }

    @Test
    void aliceMayNotSendAsBob() throws Exception {
        MessagingException refused = refusedForAlice(BOB, BOB, "pretending to be bob");
        assertTrue(replies(refused).stream().anyMatch(r -> r.startsWith("553 5.7.1") && r.contains("not owned by user")),
                "refused: " + replies(refused));
    }

    @Test
    void otherDomainsAreNotRelayed() throws Exception {
        MessagingException refused = refusedForAlice(ALICE, "someone@elsewhere.test", "to the outside");
        assertTrue(replies(refused).stream().anyMatch(r -> r.startsWith("554 5.7.1") && r.contains("Relay access denied")),
                "refused: " + replies(refused));
    }

    @Test
    void unknownMailboxIsRefused() throws Exception {
        MessagingException refused = refusedForAlice(ALICE, "nobody@example.test", "to nobody");
        assertTrue(replies(refused).stream().anyMatch(r -> r.startsWith("550 5.1.1")), "refused: " + replies(refused));
    }

    @Test
    void messageOverTheSizeLimitIsRefused() throws Exception {
        Session session = submission(true);
        MimeMessage message = message(session, ALICE, BOB, "too big");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("see the attachment");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent(new byte[11 * 1024 * 1024], "application/octet-stream");
        attachment.setFileName("big.bin");
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        MessagingException refused = assertThrows(MessagingException.class,
                () -> Transport.send(message, ALICE, "alice-pass"));
        // RFC 3463: 5.3.4 "message too big for system"; at MAIL FROM when the client declares SIZE (RFC 1870), else after DATA.
        assertTrue(replies(refused).stream().anyMatch(r -> r.startsWith("552 5.3.4")), "refused: " + replies(refused));
    }

    private static MessagingException refusedForAlice(String from, String to, String subject) throws Exception {
        Session session = submission(true);
        MimeMessage message = message(session, from, to, subject);
        return assertThrows(MessagingException.class, () -> Transport.send(message, ALICE, "alice-pass"));
    }

    /** Submission with authentication, over implicit TLS (smtps) or STARTTLS that must succeed (smtp). */
    private static Session submission(boolean implicitTls) throws Exception {
        String protocol = implicitTls ? "smtps" : "smtp";
        Properties props = InteropServer.mailProperties(protocol, InteropServer.trustingTestCa());
        props.put("mail.transport.protocol", protocol);
        props.put("mail.transport.protocol.rfc822", protocol); // what Transport.send picks for an e-mail address
        props.put("mail." + protocol + ".host", InteropServer.HOST);
        props.put("mail." + protocol + ".port", String.valueOf(implicitTls ? InteropServer.SUBMISSIONS_PORT : InteropServer.SUBMISSION_PORT));
        props.put("mail." + protocol + ".auth", "true");
        if (!implicitTls) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        return Session.getInstance(props);
    }

    private static MimeMessage message(Session session, String from, String to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("Sent by PostfixSmokeIT " + UUID.randomUUID());
        message.saveChanges(); // assigns the Message-ID we look for in the recipient's INBOX
        return message;
    }

    /** Polls bob's INBOX over IMAPS until the message with this Message-ID is there (LMTP delivery is asynchronous). */
    private static Message deliveredToBob(String messageId) throws Exception {
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        long deadline = System.currentTimeMillis() + DELIVERY_TIMEOUT_MILLIS;
        try (Store store = session.getStore("imaps")) {
            store.connect(InteropServer.HOST, InteropServer.IMAPS_PORT, BOB, "bob-pass");
            while (true) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                Message[] found = inbox.search(new HeaderTerm("Message-ID", messageId));
                if (found.length > 0) {
                    MimeMessage copy = new MimeMessage((MimeMessage) found[0]); // readable after the folder closes
                    inbox.close(false);
                    return copy;
                }
                inbox.close(false);
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError(messageId + " not in bob's INBOX after " + DELIVERY_TIMEOUT_MILLIS + " ms");
                }
                Thread.sleep(200);
            }
        }
    }

    /** The server replies carried by a send failure and the exceptions chained to it, e.g. "553 5.7.1 ...". */
    private static List<String> replies(Throwable failure) {
        List<String> replies = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException address) {
                replies.add(address.getReturnCode() + " " + stripCode(address.getMessage()));
            } else if (t instanceof SMTPSendFailedException send) {
                replies.add(send.getReturnCode() + " " + stripCode(send.getMessage()));
            }
        }
        return replies;
    }

    private static String stripCode(String reply) {
        String trimmed = reply.strip();
        return trimmed.matches("^\\d{3}[ -].*") ? trimmed.substring(4) : trimmed;
    }
}
