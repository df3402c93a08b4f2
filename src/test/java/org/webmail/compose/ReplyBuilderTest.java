package org.webmail.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.webmail.account.Identity;
import org.webmail.imap.AttachmentInfo;
import org.webmail.imap.MailAddress;
import org.webmail.imap.MessageDetail;
import org.webmail.imap.MessageHeaders;

class ReplyBuilderTest {

    static final Identity MAIN = new Identity(1, "Alice", "alice@example.test", null, "", "", true);
    static final Identity WORK = new Identity(2, "Alice", "alice@work.example", null, "", "", false);
    static final MailAddress BOB = new MailAddress("Bob Smith", "bob@example.test");
    static final MailAddress CAROL = new MailAddress("", "carol@example.test");
    static final MailAddress DAVE = new MailAddress("Dave", "dave@example.test");
    static final MailAddress ALICE_WORK = new MailAddress("Alice", "ALICE@work.example");

    final ReplyBuilder builder = new ReplyBuilder(List.of(MAIN, WORK), ZoneId.of("Europe/Lisbon"));

    static MessageDetail original(List<MailAddress> replyTo, String subject, String text) {
        return new MessageDetail("INBOX", 42, List.of(BOB), List.of(ALICE_WORK, CAROL), List.of(DAVE, new MailAddress("", "alice@example.test")),
                replyTo, subject, Instant.parse("2026-11-30T14:05:00Z"), false, text, null, List.of(),
                List.of(new AttachmentInfo("2", "plan.pdf", "application/pdf", 10)), null);
    }

    static final MessageHeaders THREAD = new MessageHeaders("<b2@example.test>", List.of("<a1@example.test>"));

    @Test
    void replyGoesToTheAuthorWithThreadingHeadersAndAQuote() {
        ComposeForm form = builder.reply(original(List.of(), "Plan for Friday", "Line one\n> earlier\n"), THREAD, "<p>x</p>", false);
        assertEquals("Bob Smith <bob@example.test>", form.to);
        assertEquals("", form.cc);
        assertEquals("Re: Plan for Friday", form.subject);
        assertEquals("<b2@example.test>", form.inReplyTo);
        assertEquals(List.of("<a1@example.test>", "<b2@example.test>"), form.references);
        assertEquals(2, form.identityId, "answers from the identity the message was sent to");
        assertEquals("\n\nOn Mon, 30 Nov 2026 at 14:05, Bob Smith wrote:\n> Line one\n>> earlier\n", form.body);
        assertTrue(form.quoteHtml.contains("<blockquote type=\"cite\"><p>x</p></blockquote>"));
        assertEquals(new OriginalMessage("INBOX", 42, false), form.original);
    }

    @Test
    void replyPrefersReplyToAndNeverStacksRe() {
        ComposeForm form = builder.reply(original(List.of(new MailAddress("List", "list@example.test")), "RE: Plan", "x"), THREAD, "", false);
        assertEquals("List <list@example.test>", form.to);
        assertEquals("Re: Plan", form.subject);
    }

    @Test
    void replyAllWritesToEveryoneButMe() {
        ComposeForm form = builder.reply(original(List.of(), "Plan", "x"), THREAD, "", true);
        assertEquals("Bob Smith <bob@example.test>, carol@example.test", form.to);
        assertEquals("Dave <dave@example.test>", form.cc);
    }

    @Test
    void aMessageWithoutMessageIdGetsNoThreadingHeaders() {
        ComposeForm form = builder.reply(original(List.of(), "Plan", "x"), new MessageHeaders(null, List.of()), "", false);
        assertNull(form.inReplyTo);
        assertEquals(List.of(), form.references);
    }

    @Test
    void forwardInlineCarriesTheOriginalsHeadersAndText() {
        ComposeForm form = builder.forwardInline(original(List.of(), "Fwd: Re: Plan", "The plan."), "<p>The plan.</p>");
        assertEquals("Fwd: Plan", form.subject);
        assertEquals("", form.to);
        assertTrue(form.body.contains("---------- Forwarded message ----------\nFrom: Bob Smith <bob@example.test>\n"
                + "Date: Mon, 30 Nov 2026 at 14:05\nSubject: Fwd: Re: Plan\n"), form.body);
        assertTrue(form.body.endsWith("\nThe plan."), form.body);
        assertEquals(new OriginalMessage("INBOX", 42, true), form.original);
        assertNull(form.inReplyTo);
    }

    @Test
    void mailtoLinksPrefillOnlyTheSafeFields() {
        Mailto m = Mailto.parse("mailto:bob@example.test,carol@example.test?cc=dave%40example.test&subject=Caf%C3%A9%20a+b"
                + "&body=Line%201%0D%0ALine%202&X-Evil=1&bcc=eve@example.test");
        assertEquals("bob@example.test, carol@example.test", m.to());
        assertEquals("dave@example.test", m.cc());
        assertEquals("eve@example.test", m.bcc());
        assertEquals("Café a+b", m.subject());
        assertEquals("Line 1\nLine 2", m.body());
        assertEquals("Hi there", Mailto.parse("mailto:x@example.test?subject=Hi%0D%0Athere").subject());
    }
}
