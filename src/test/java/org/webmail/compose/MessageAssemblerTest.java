package org.webmail.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.webmail.account.Identity;
import org.webmail.message.render.MailHtmlSanitizer;

class MessageAssemblerTest {

    static final Identity ALICE = new Identity(1, "Alice Example", "alice@example.test", null, "", "", true);
    static final Instant NOW = Instant.parse("2026-12-01T10:15:30Z");

    final MessageAssembler assembler = new MessageAssembler(new MailHtmlSanitizer(), Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    static ComposedMessage message(String subject, String text, String html, List<Attachment> attachments) {
        return new ComposedMessage(ALICE, Addresses.parse("Bob <bob@example.test>"), Addresses.parse("carol@example.test"),
                Addresses.parse("dave@example.test"), subject, text, html, attachments, null, List.of());
    }

    @Test
    void aRecipientSeesFromToCcSubjectDateAndAMessageIdOfTheSendersDomain() throws Exception {
        try (AssembledMessage out = assembler.forSending(message("Lunch — on Friday?", "Shall we?", null, List.of()))) {
            MimeMessage m = Parsed.read(out);
            assertEquals("Alice Example <alice@example.test>", ((InternetAddress) m.getFrom()[0]).toUnicodeString());
            assertEquals("Bob <bob@example.test>", m.getHeader("To", ","));
            assertEquals("carol@example.test", m.getHeader("Cc", ","));
            assertEquals("Lunch — on Friday?", m.getSubject());
            assertEquals(NOW, m.getSentDate().toInstant());
            assertEquals("1.0", m.getHeader("MIME-Version", null));
            assertEquals(out.messageId(), m.getMessageID());
            assertTrue(out.messageId().matches("<[0-9a-f]{32}@example\\.test>"), out.messageId());
        }
    }

    @Test
    void bccIsNeverInTheSentBytesButIsInTheEnvelopeAndTheDraft() throws Exception {
        ComposedMessage message = message("Secret list", "Hi", null, List.of());
        try (AssembledMessage out = assembler.forSending(message)) {
            String bytes = new String(out.bytes(), StandardCharsets.UTF_8);
            assertFalse(bytes.toLowerCase().contains("bcc"), bytes);
            assertFalse(bytes.contains("dave@example.test"), bytes);
        }
        assertEquals(List.of("bob@example.test", "carol@example.test", "dave@example.test"), message.envelopeRecipients());
        try (AssembledMessage draft = assembler.asDraft(message, "reply INBOX/7")) {
            MimeMessage m = Parsed.read(draft);
            assertEquals("dave@example.test", m.getHeader("Bcc", ","));
            assertEquals("reply INBOX/7", m.getHeader(MessageAssembler.ORIGINAL_HEADER, null));
        }
    }

    @Test
    void plainTextIsFormatFlowedWithCrlfLineEnds() throws Exception {
        String paragraph = "This is a long paragraph that goes on and on well past the seventy two columns that mail uses.";
        String text = paragraph + "\n indented\nFrom here on\n> a quoted line\n\n-- \nAlice";
        try (AssembledMessage out = assembler.forSending(message("Flowed", text, null, List.of()))) {
            String raw = new String(out.bytes(), StandardCharsets.US_ASCII);
            assertFalse(raw.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
            MimeMessage m = Parsed.read(out);
            assertTrue(m.getContentType().contains("format=flowed"), m.getContentType());
            String body = (String) m.getContent();
            String[] lines = body.split("\r\n");
            assertTrue(lines[0].endsWith(" ") && lines[0].length() <= 72, "soft break: " + lines[0]);
            assertTrue(body.contains("\r\n  indented\r\n"), "space-stuffed: " + body);
            assertTrue(body.contains("\r\n> a quoted line\r\n"), "a quote stays a quote: " + body);
            assertTrue(body.contains("\r\n From here on\r\n"), "space-stuffed: " + body);
            assertTrue(body.contains("\r\n-- \r\nAlice"), "signature separator kept: " + body);
            assertEquals(text, FlowedText.unflow(body).strip());
        }
    }

    @Test
    void htmlIsSanitisedAndSentWithAPlainAlternativeFirst() throws Exception {
        String html = "<p>Hello <b>Bob</b></p><script>alert(1)</script><p onclick=\"x()\">Bye &amp; thanks</p>";
        try (AssembledMessage out = assembler.forSending(message("Rich", "", html, List.of()))) {
            MimeMessage m = Parsed.read(out);
            MimeMultipart alternative = (MimeMultipart) m.getContent();
            assertTrue(alternative.getContentType().startsWith("multipart/alternative"));
            assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
            assertEquals("Hello Bob\nBye & thanks", FlowedText.unflow((String) alternative.getBodyPart(0).getContent()).strip());
            String sent = (String) alternative.getBodyPart(1).getContent();
            assertTrue(sent.contains("<b>Bob</b>"), sent);
            assertFalse(sent.contains("script"), sent);
            assertFalse(sent.contains("onclick"), sent);
        }
    }

    @Test
    void attachmentsKeepTheirUnicodeNameThroughRfc2231AndTheirType() throws Exception {
        Path pdf = dir.resolve("upload-1");
        byte[] data = {'%', 'P', 'D', 'F', '-', 1, 2, (byte) 0xff};
        Files.write(pdf, data);
        Attachment report = new Attachment("relatório final.pdf", "application/pdf", pdf, data.length);
        try (AssembledMessage out = assembler.forSending(message("Report", "Attached.", null, List.of(report)))) {
            String raw = new String(out.bytes(), StandardCharsets.US_ASCII);
            assertTrue(raw.contains("filename*=UTF-8''relat%C3%B3rio%20final.pdf"), raw);
            MimeMessage m = Parsed.read(out);
            MimeMultipart mixed = (MimeMultipart) m.getContent();
            assertTrue(mixed.getContentType().startsWith("multipart/mixed"));
            MimeBodyPart part = (MimeBodyPart) mixed.getBodyPart(1);
            assertEquals("relatório final.pdf", part.getFileName());
            assertTrue(part.isMimeType("application/pdf"));
            assertEquals("attachment", part.getDisposition());
            assertArrayEquals(data, part.getInputStream().readAllBytes());
        }
    }

    @Test
    void aForwardedMessageTravelsAsMessageRfc822NeverBase64() throws Exception {
        Path eml = dir.resolve("original.eml");
        Files.writeString(eml, "From: zoe@example.test\r\nSubject: Original\r\n\r\nThe original text.\r\n");
        Attachment original = new Attachment("Original.eml", "message/rfc822", eml, Files.size(eml));
        try (AssembledMessage out = assembler.forSending(message("Fwd: Original", "See below.", null, List.of(original)))) {
            MimeMessage m = Parsed.read(out);
            MimeBodyPart part = (MimeBodyPart) ((MimeMultipart) m.getContent()).getBodyPart(1);
            assertTrue(part.isMimeType("message/rfc822"));
            assertEquals("7bit", part.getEncoding());
            MimeMessage inner = (MimeMessage) part.getContent();
            assertEquals("Original", inner.getSubject());
        }
    }

    @Test
    void threadingHeadersAreWritten() throws Exception {
        ComposedMessage reply = new ComposedMessage(ALICE, Addresses.parse("bob@example.test"), List.of(), List.of(), "Re: Plan",
                "Yes.", null, List.of(), "<b2@example.test>", List.of("<a1@example.test>", "<b2@example.test>"));
        try (AssembledMessage out = assembler.forSending(reply)) {
            MimeMessage m = Parsed.read(out);
            assertEquals("<b2@example.test>", m.getHeader("In-Reply-To", null));
            assertEquals("<a1@example.test> <b2@example.test>", m.getHeader("References", null).replaceAll("\\s+", " "));
            assertNull(m.getHeader("Bcc"));
        }
    }
}
