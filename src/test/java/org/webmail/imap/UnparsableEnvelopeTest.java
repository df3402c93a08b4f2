package org.webmail.imap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.Mailboxes.ALICE_CREDENTIALS;

/**
 * A message whose ENVELOPE the client cannot parse (GreenMail writes a raw 8-bit domain and a group as
 * {@code (NIL NIL "undisclosed-recipients:;" "")}; Angus then drops the whole FETCH response) still lists and opens,
 * from its header, and does not take the rest of its folder down. Found by the hostile corpus (files 204 and 210).
 */
class UnparsableEnvelopeTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = Mailboxes.greenMail();

    @RegisterExtension
    final TappedGreenMail wire = new TappedGreenMail(greenMail);

    private static final String LOOK_ALIKE = "From: PayPal <service@p\u0430ypal.example>\r\nTo: alice@example.test\r\n"
            + "Subject: Look-alike\r\nDate: Tue, 01 Dec 2026 11:24:00 +0000\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n\r\nPay now.\r\n";
    private static final String GROUP = "From: support@bank.example\r\nTo: alice@example.test\r\nCc: undisclosed-recipients:;\r\n"
            + "Subject: Group\r\nDate: Tue, 01 Dec 2026 11:30:00 +0000\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n";

    @Test
    void the_list_shows_every_row_with_subject_and_sender_read_from_the_header() throws Exception {
        Mailboxes.append(greenMail, "INBOX", Mailboxes.text("Bob", "bob@example.test", "Ordinary", java.time.Instant.now(), "x"), false);
        Mailboxes.append(greenMail, "INBOX", parse(LOOK_ALIKE), false);
        Mailboxes.append(greenMail, "INBOX", parse(GROUP), false);

        MessagePage page = wire.rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 1, 50);

        List<String> subjects = page.messages().stream().map(MessageSummary::subject).sorted().toList();
        assertEquals(List.of("Group", "Look-alike", "Ordinary"), subjects);
        MessageSummary group = page.messages().stream().filter(m -> m.subject().equals("Group")).findFirst().orElseThrow();
        assertEquals("support@bank.example", group.from().address());
        assertTrue(group.date() != null, "the Date header stands in for the envelope's");
    }

    @Test
    void the_message_opens_with_its_body_and_headers_read_from_the_header() throws Exception {
        long uid = Mailboxes.append(greenMail, "INBOX", parse(GROUP), false);

        MessageDetail detail = wire.rig.store.openMessage(ALICE_CREDENTIALS, "INBOX", uid, false);

        assertEquals("Group", detail.subject());
        assertEquals("support@bank.example", detail.from().getFirst().address());
        assertTrue(detail.textBody().contains("Hello."), detail.textBody());
    }

    private static MimeMessage parse(String eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
    }
}
