package org.webmail.compose.smtp;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.MessageIDTerm;

import org.junit.jupiter.api.Test;
import org.webmail.compose.smtp.OutboxEntry.State;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;
import org.webmail.support.TestMailbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A reply sent through the outbox to a real in-process SMTP+IMAP server (GreenMail): it reaches bob's INBOX with
 * the very bytes composed, a copy lands in alice's Sent marked read, the original is marked answered and the draft
 * it was written in is gone.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
@WithTestResource(GreenMailSmtpResource.class)
class SendingJourneyTest {

    private static final String ALICE = TestMailbox.USER;

    @Inject
    Outbox outbox;

    @Test
    void aReplyArrivesUnchangedAndLeavesItsTracesInAlicesMailbox() throws Exception {
        Browser alice = new Browser().signedIn(ALICE, TestMailbox.PASSWORD);
        String messageId = OutboxTestMessages.messageId();
        byte[] reply = OutboxTestMessages.rfc822("Alice <" + ALICE + ">", "Bob <bob@example.test>", "Re: Numbered message 005",
                messageId, "In-Reply-To: <n5@example.test>\r\nReferences: <n5@example.test>\r\n");
        long originalUid;
        long draftUid;
        try (Store store = imap(ALICE, TestMailbox.PASSWORD)) {
            originalUid = uidOf(store.getFolder("INBOX"), "<n5@example.test>");
            draftUid = appendDraft(store, reply);
        }

        long id = outbox.enqueue(new OutgoingMessage(ALICE, ALICE, List.of("bob@example.test"), messageId,
                "Re: Numbered message 005", reply, new OutgoingMessage.AfterSend("Drafts", draftUid, "INBOX", originalUid, false)));
        OutboxEntry sent = OutboxTestMessages.await(outbox, ALICE, id, e -> e.state() == State.SENT);
        assertTrue(sent.lastReply().startsWith("250"), sent.lastReply());

        try (Store bob = imap("bob@example.test", "bob-pass")) {
            Folder inbox = bob.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] found = inbox.search(new MessageIDTerm(messageId));
            assertEquals(1, found.length, "delivered once");
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            found[0].writeTo(raw);
            // The server may only add trace fields on top (RFC 5321 section 4.4); what alice wrote is untouched.
            // (GreenMail stores the message without the CRLF that precedes the end-of-data dot.)
            String written = new String(reply, StandardCharsets.UTF_8);
            String stored = raw.toString(StandardCharsets.UTF_8);
            assertTrue(stored.endsWith(written.substring(0, written.length() - 2)), stored);
            assertTrue(stored.startsWith("Return-Path: <" + ALICE + ">\r\nReceived: "), stored);
        }
        awaitMailbox(() -> {
            try (Store store = imap(ALICE, TestMailbox.PASSWORD)) {
                Message copy = only(store.getFolder("Sent"), messageId);
                Message original = byUid(store.getFolder("INBOX"), originalUid);
                boolean draftGone = byUid(store.getFolder("Drafts"), draftUid) == null;
                return copy != null && copy.isSet(Flags.Flag.SEEN) && original.isSet(Flags.Flag.ANSWERED) && draftGone;
            }
        });
        assertEquals(null, outbox.entry(ALICE, id).explanation(), "no follow-up failed");
        alice.get("/outbox").then().statusCode(200)
                .body(containsString("Re: Numbered message 005"))
                .body(containsString("bob@example.test"))
                .body(containsString(">Sent<"))
                .body(containsString("127.0.0.1:" + GreenMailTestResource.greenMail().getSmtp().getPort()))
                .body(containsString("250"));
    }

    private static Store imap(String user, String password) throws Exception {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", GreenMailTestResource.greenMail().getImap().getPort(), user, password);
        return store;
    }

    private static long uidOf(Folder folder, String messageId) throws Exception {
        folder.open(Folder.READ_ONLY);
        try {
            return ((UIDFolder) folder).getUID(folder.search(new MessageIDTerm(messageId))[0]);
        } finally {
            folder.close(false);
        }
    }

    private static long appendDraft(Store store, byte[] draft) throws Exception {
        Folder drafts = store.getFolder("Drafts");
        if (!drafts.exists()) {
            drafts.create(Folder.HOLDS_MESSAGES);
        }
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(draft));
        message.setFlag(Flags.Flag.DRAFT, true);
        drafts.appendMessages(new Message[] {message});
        return uidOf(drafts, message.getMessageID());
    }

    private static Message only(Folder folder, String messageId) throws Exception {
        folder.open(Folder.READ_ONLY);
        Message[] found = folder.search(new MessageIDTerm(messageId));
        assertTrue(found.length <= 1, "one Sent copy, not " + found.length);
        return found.length == 0 ? null : found[0];
    }

    private static Message byUid(Folder folder, long uid) throws Exception {
        folder.open(Folder.READ_ONLY);
        return ((UIDFolder) folder).getMessageByUID(uid);
    }

    private interface MailboxCheck {
        boolean holds() throws Exception;
    }

    /** The follow-ups run just after the 250 is recorded: wait (at most 15 s) for them. */
    private static void awaitMailbox(MailboxCheck check) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!check.holds()) {
            assertFalse(Instant.now().isAfter(deadline), "the Sent copy, \\Answered and the draft removal did not all happen");
            OutboxTestMessages.sleep();
        }
        assertNotNull(check);
    }
}
