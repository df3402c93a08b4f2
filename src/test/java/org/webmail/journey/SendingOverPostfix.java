package org.webmail.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.SubjectTerm;

import org.junit.jupiter.api.Test;
import org.webmail.interop.InteropServer;
import org.webmail.support.Browser;
import org.webmail.support.TestMailbox;

/**
 * Alice writes to Bob through the webmail; the real Postfix takes it with her own login and Dovecot delivers it
 * to Bob's INBOX; her Sent folder gets the copy. Run over submission with STARTTLS and over implicit TLS.
 */
public abstract class SendingOverPostfix {

    @Test
    void aMessageWrittenInTheBrowserArrivesInTheRecipientsMailboxAndInSent() throws Exception {
        Browser alice = new Browser().signedIn(TestMailbox.USER, TestMailbox.PASSWORD);
        String subject = "Over Postfix " + getClass().getSimpleName() + " " + System.nanoTime();
        ComposePage form = ComposePage.open(alice, "/compose");
        var sent = form.request("send", Map.of("to", "Bob <bob@example.test>", "subject", subject,
                "body", "Hello Bob,\n\nthis went through a real submission server.\n"), Map.of()).post("/compose");
        assertEquals(303, sent.statusCode(), sent.asString());
        String status = sent.getHeader("Location");
        assertTrue(status.contains("/outbox/"), status);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String page = "";
        while (Instant.now().isBefore(deadline) && !page.contains("<strong>Sent</strong>")) {
            page = alice.get(status.substring(status.indexOf("/outbox/"))).asString();
            Thread.sleep(200);
        }
        assertTrue(page.contains("<strong>Sent</strong>"), "the delivery log says Sent:\n" + page);
        assertTrue(page.contains("250"), "the server's 250 reply is shown");

        assertEquals(1, countWithSubject("bob@example.test", "bob-pass", "INBOX", subject), "delivered once to Bob");
        assertEquals(1, countWithSubject(TestMailbox.USER, TestMailbox.PASSWORD, "Sent", subject), "one copy in Sent");
    }

    private static int countWithSubject(String user, String password, String folderName, String subject) throws Exception {
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        try (Store store = session.getStore("imaps")) {
            store.connect("localhost", InteropServer.IMAPS_PORT, user, password);
            while (true) {
                Folder folder = store.getFolder(folderName);
                folder.open(Folder.READ_ONLY);
                Message[] found = folder.search(new SubjectTerm(subject));
                folder.close(false);
                if (found.length > 0 || Instant.now().isAfter(deadline)) {
                    return found.length;
                }
                Thread.sleep(300);
            }
        }
    }
}
