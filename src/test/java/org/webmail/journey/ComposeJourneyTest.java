package org.webmail.journey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Writing mail in the browser, without JavaScript: compose, attach, send through the outbox to the recipient's
 * mailbox; reply and forward with their threading headers and attachments; drafts saved, autosaved, resumed.
 * Erin has a mailbox of her own so the reading journeys' counts stay as they are.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class ComposeJourneyTest {

    static final String ERIN = "erin@example.test";
    static final String PASSWORD = "erin-pass";
    static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '4', 10, (byte) 0xe2, 0, 1};
    static long question;
    static long withAttachment;

    @BeforeAll
    static void erinHasMail() throws Exception {
        GreenMailTestResource.greenMail().setUser(ERIN, ERIN, PASSWORD);
        try (Store store = imap()) {
            store.getFolder("Drafts").create(Folder.HOLDS_MESSAGES);
            Folder inbox = store.getFolder("INBOX");
            MimeMessage q = message("Plan for Friday?", "Are we still on for Friday?\nBob\nDave is on mailto:dave@example.test");
            q.setHeader("Message-ID", "<q2@example.test>");
            q.setHeader("References", "<q1@example.test>");
            q.setRecipients(Message.RecipientType.CC, "dave@example.test");
            MimeMessage a = message("The report", null);
            MimeMultipart mixed = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Here it is.", "UTF-8");
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setContent(PDF, "application/pdf");
            pdf.setFileName("relatório final.pdf");
            mixed.addBodyPart(text);
            mixed.addBodyPart(pdf);
            a.setContent(mixed);
            a.saveChanges();
            inbox.open(Folder.READ_WRITE);
            inbox.appendMessages(new Message[] {q, a});
            question = ((UIDFolder) inbox).getUID(inbox.getMessage(1));
            withAttachment = ((UIDFolder) inbox).getUID(inbox.getMessage(2));
            inbox.close();
        }
    }

    static Store imap() throws Exception {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", GreenMailTestResource.greenMail().getImap().getPort(), ERIN, PASSWORD);
        return store;
    }

    static MimeMessage message(String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("bob@example.test", "Bob Smith"));
        m.setRecipients(Message.RecipientType.TO, ERIN);
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new Date());
        if (text != null) {
            m.setText(text, "UTF-8");
        }
        m.saveChanges();
        return m;
    }

    /** What the SMTP server received with this subject, once the outbox has sent it. */
    static MimeMessage delivered(String subject) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            for (MimeMessage m : GreenMailTestResource.greenMail().getReceivedMessages()) {
                if (subject.equals(m.getSubject())) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("nothing delivered with subject " + subject);
    }

    static int draftCount() throws Exception {
        try (Store store = imap()) {
            Folder drafts = store.getFolder("Drafts");
            drafts.open(Folder.READ_ONLY);
            int n = (int) Arrays.stream(drafts.getMessages()).filter(m -> {
                try {
                    return !m.isSet(Flags.Flag.DELETED);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            drafts.close();
            return n;
        }
    }

    Browser erin() {
        return new Browser().signedIn(ERIN, PASSWORD);
    }

    @Test
    void aNewMessageWithAnAttachmentIsSentThroughTheOutboxWithoutItsBcc() throws Exception {
        ComposePage page = ComposePage.open(erin(), "/compose");
        assertEquals(200, page.response.statusCode());
        assertTrue(page.page.selectFirst("form[data-autosave]") != null);
        assertTrue(page.page.selectFirst("textarea[name=body][data-editor]") != null);
        assertTrue(page.page.selectFirst("input[name=to][data-autocomplete]") != null);
        String subject = "Quarterly report " + System.nanoTime();
        var response = page.request("send", Map.of("to", "Bob <bob@example.test>", "bcc", "carol@example.test", "subject", subject,
                "body", "Hi Bob,\nthe report is attached."), Map.of("relatório final.pdf", PDF)).post("/compose");
        assertEquals(303, response.statusCode(), response.asString());
        assertTrue(response.header("Location").matches(".*/outbox/\\d+"), response.header("Location"));
        // The click waited for the server's answer: the very first look at the outbox page says Sent.
        String status = page.browser.get(java.net.URI.create(response.header("Location")).getPath()).then().statusCode(200)
                .extract().asString();
        assertTrue(status.contains("<strong>Sent</strong>"), status);
        assertFalse(status.contains("http-equiv=\"refresh\""), "nothing left to wait for");
        MimeMessage sent = delivered(subject);
        assertEquals("bob@example.test", ((InternetAddress) sent.getRecipients(Message.RecipientType.TO)[0]).getAddress());
        assertNull(sent.getHeader("Bcc"));
        assertEquals(ERIN, ((InternetAddress) sent.getFrom()[0]).getAddress());
        MimeBodyPart attachment = (MimeBodyPart) ((MimeMultipart) sent.getContent()).getBodyPart(1);
        assertEquals("relatório final.pdf", attachment.getFileName());
        assertArrayEquals(PDF, attachment.getInputStream().readAllBytes());
    }

    @Test
    void aReplyThreadsUnderTheOriginal() throws Exception {
        ComposePage page = ComposePage.open(erin(), "/compose?reply=INBOX/" + question);
        assertEquals("Bob Smith <bob@example.test>", page.field("to"));
        assertEquals("", page.field("cc"));
        assertEquals("Re: Plan for Friday?", page.field("subject"));
        assertTrue(page.field("body").contains("Bob Smith wrote:\n> Are we still on for Friday?\n> Bob"), page.field("body"));
        String subject = "Re: Plan for Friday? " + System.nanoTime();
        var response = page.request("send", Map.of("subject", subject, "body", "Yes!\n" + page.field("body")), Map.of()).post("/compose");
        assertEquals(303, response.statusCode(), response.asString());
        MimeMessage reply = delivered(subject);
        assertEquals("<q2@example.test>", reply.getHeader("In-Reply-To", null));
        assertEquals("<q1@example.test> <q2@example.test>", reply.getHeader("References", " ").replaceAll("\\s+", " "));
    }

    @Test
    void theMessageViewLinksToReplyForwardAndComposeForMailtoLinks() {
        String view = erin().get("/mail/INBOX/" + question).then().statusCode(200).extract().asString();
        String ref = "INBOX%2F" + question;
        for (String link : List.of("/compose?reply=", "/compose?replyAll=", "/compose?forward=", "/compose?forwardAsAttachment=")) {
            assertTrue(view.contains("href=\"" + link + ref + "\""), link + " in\n" + view);
        }
        assertTrue(view.contains("href=\"/compose?mailto=mailto%3Adave%40example.test\""), view);
        assertTrue(view.contains("href=\"/compose\""), "the Write link");
    }

    @Test
    void replyAllAddsTheOtherRecipientsButNotMe() {
        ComposePage page = ComposePage.open(erin(), "/compose?replyAll=INBOX/" + question);
        assertEquals("Bob Smith <bob@example.test>", page.field("to"));
        assertEquals("dave@example.test", page.field("cc"));
    }

    @Test
    void aForwardCarriesTheAttachmentsWithoutUploadingThemAgain() throws Exception {
        ComposePage page = ComposePage.open(erin(), "/compose?forward=INBOX/" + withAttachment);
        assertEquals("Fwd: The report", page.field("subject"));
        assertEquals(List.of("relatório final.pdf"), page.attachmentNames());
        String subject = "Fwd: The report " + System.nanoTime();
        var response = page.request("send", Map.of("to", "carol@example.test", "subject", subject), Map.of()).post("/compose");
        assertEquals(303, response.statusCode(), response.asString());
        MimeBodyPart pdf = (MimeBodyPart) ((MimeMultipart) delivered(subject).getContent()).getBodyPart(1);
        assertEquals("relatório final.pdf", pdf.getFileName());
        assertArrayEquals(PDF, pdf.getInputStream().readAllBytes());
    }

    @Test
    void aForwardAsAttachmentSendsTheWholeOriginal() throws Exception {
        ComposePage page = ComposePage.open(erin(), "/compose?forwardAsAttachment=INBOX/" + question);
        assertEquals(List.of("Plan for Friday?.eml"), page.attachmentNames());
        String subject = "Fwd: whole " + System.nanoTime();
        var response = page.request("send", Map.of("to", "carol@example.test", "subject", subject), Map.of()).post("/compose");
        assertEquals(303, response.statusCode(), response.asString());
        MimeBodyPart part = (MimeBodyPart) ((MimeMultipart) delivered(subject).getContent()).getBodyPart(1);
        assertTrue(part.isMimeType("message/rfc822"));
        assertEquals("<q2@example.test>", ((MimeMessage) part.getContent()).getMessageID());
    }

    @Test
    void aDraftIsSavedAutosavedReplacedAndResumedWithItsAttachment() throws Exception {
        int before = draftCount();
        Browser erin = erin();
        ComposePage page = ComposePage.open(erin, "/compose");
        ComposePage saved = page.post("save", Map.of("to", "bob@", "subject", "Unfinished", "body", "Half a thought"),
                Map.of("notes.pdf", PDF));
        assertEquals(200, saved.response.statusCode(), saved.response.asString());
        assertTrue(saved.page.text().contains("Draft saved."));
        assertEquals(before + 1, draftCount());
        var autosave = saved.request("", Map.of("body", "Half a thought, and the other half"), Map.of())
                .header("X-Autosave", "1").post("/compose");
        assertEquals(200, autosave.statusCode(), autosave.asString());
        long uid = Long.parseLong(autosave.asString().replaceAll("\\D", ""));
        assertEquals(before + 1, draftCount(), "the newer draft replaced the older one");
        ComposePage resumed = ComposePage.open(erin, "/compose?draft=Drafts/" + uid);
        assertEquals("bob@", resumed.field("to"));
        assertEquals("Unfinished", resumed.field("subject"));
        assertTrue(resumed.field("body").startsWith("Half a thought, and the other half"), resumed.field("body"));
        assertEquals(List.of("notes.pdf"), resumed.attachmentNames());
    }

    @Test
    void mistakesAreExplainedAndTheFormKeepsEverything() {
        ComposePage page = ComposePage.open(erin(), "/compose");
        ComposePage wrong = page.post("send", Map.of("to", "bob@, carol@example.test", "subject", "Keep me", "body", "Every word"),
                Map.of("plan.pdf", PDF));
        assertEquals(400, wrong.response.statusCode());
        assertEquals(List.of("To: “bob@” is not a complete address."), wrong.problems());
        assertEquals("bob@, carol@example.test", wrong.field("to"));
        assertEquals("Keep me", wrong.field("subject"));
        assertEquals("Every word", wrong.field("body"));
        assertEquals(List.of("plan.pdf"), wrong.attachmentNames());

        ComposePage nobody = wrong.post("send", Map.of("to", ""), Map.of());
        assertEquals(400, nobody.response.statusCode());
        assertEquals(List.of("Add at least one recipient in To, Cc or Bcc."), nobody.problems());

        ComposePage empty = nobody.post("attach", Map.of(), Map.of("empty.txt", new byte[0]));
        assertEquals(400, empty.response.statusCode());
        assertEquals(List.of("“empty.txt” is empty (0 bytes), so it was not attached."), empty.problems());
        assertEquals(List.of("plan.pdf"), empty.attachmentNames());

        ComposePage notMine = empty.post("send", Map.of("to", "bob@example.test", "identity", "987654"), Map.of());
        assertEquals(400, notMine.response.statusCode());
        assertEquals(List.of("The From address is not one of your identities."), notMine.problems());
        assertEquals("Every word", notMine.field("body"));
    }

    @Test
    void aMailtoLinkOpensAPrefilledForm() {
        ComposePage page = ComposePage.open(erin(), "/compose", "mailto", "mailto:bob@example.test?subject=Hello%20there&body=Hi");
        assertEquals("bob@example.test", page.field("to"));
        assertEquals("Hello there", page.field("subject"));
        assertTrue(page.field("body").startsWith("Hi"));
    }

    @Test
    void anotherUsersComposeFormCannotBeUsed() {
        ComposePage erins = ComposePage.open(erin(), "/compose");
        Browser alice = new Browser().signedIn(org.webmail.support.TestMailbox.USER, org.webmail.support.TestMailbox.PASSWORD);
        var response = alice.request().multiPart("csrf", alice.cookie(Browser.CSRF_COOKIE)).multiPart("compose", erins.composeId())
                .multiPart("action", "send").multiPart("to", "bob@example.test").multiPart("subject", "Hijack").post("/compose");
        assertEquals(400, response.statusCode());
        assertTrue(response.asString().contains("This form had expired"));
    }
}
