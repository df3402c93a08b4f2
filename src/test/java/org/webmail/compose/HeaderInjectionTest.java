package org.webmail.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import jakarta.mail.Header;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.webmail.account.Identity;
import org.webmail.message.render.MailHtmlSanitizer;

/** CR and LF typed into any field never start a header of their own (RFC 5322 2.2). */
class HeaderInjectionTest {

    final MessageAssembler assembler = new MessageAssembler(new MailHtmlSanitizer());

    @TempDir
    Path dir;

    @Test
    void aSubjectWithLineBreaksStaysOneSubject() throws Exception {
        for (String eol : List.of("\r\n", "\n", "\r", "\u2028")) {
            MimeMessage m = send("Hello" + eol + "Bcc: evil@attacker.test" + eol + eol + "<b>body</b>", MessageAssemblerTest.ALICE, List.of());
            assertNull(m.getHeader("Bcc"), "no Bcc header for " + eol.codePoints().boxed().toList());
            assertEquals("Hello Bcc: evil@attacker.test <b>body</b>", m.getSubject());
            assertEquals(1, m.getHeader("Subject").length);
        }
    }

    @Test
    void anIdentityNameWithLineBreaksCreatesNoHeader() throws Exception {
        Identity sly = new Identity(2, "Alice\r\nX-Injected: yes", "alice@example.test", "Desk <desk@example.test>", "", "", false);
        MimeMessage m = send("Hi", sly, List.of());
        assertNull(m.getHeader("X-Injected"));
        assertTrue(m.getHeader("From", null).contains("alice@example.test"));
        assertEquals("Desk <desk@example.test>", m.getHeader("Reply-To", null));
    }

    @Test
    void aReplyToWithALineBreakIsRefusedNotSent() {
        Identity sly = new Identity(2, "Alice", "alice@example.test", "reply@example.test\r\nX-Other: 1", "", "", false);
        assertThrows(AddressProblem.class, () -> send("Hi", sly, List.of()));
    }

    @Test
    void anAttachmentNameWithLineBreaksStaysInsideItsParameter() throws Exception {
        Path file = dir.resolve("f");
        Files.writeString(file, "data");
        Attachment a = new Attachment("a.txt\r\nContent-Type: text/html", "text/plain\r\nX-Evil: 1", file, 4);
        MimeMessage m = send("Hi", MessageAssemblerTest.ALICE, List.of(a));
        String raw = new String(m.getRawInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertFalse(raw.contains("\nX-Evil"), raw);
        assertFalse(raw.contains("\nContent-Type: text/html"), raw);
        List<String> names = Collections.list(m.getAllHeaders()).stream().map(Header::getName).toList();
        assertFalse(names.contains("X-Evil"));
    }

    private MimeMessage send(String subject, Identity identity, List<Attachment> attachments) throws Exception {
        ComposedMessage message = new ComposedMessage(identity, Addresses.parse("bob@example.test"), List.of(), List.of(),
                subject, "text", null, attachments, "<id@x.test>\r\nX-Thread: 1", List.of("<a@x.test>\nX-Ref: 1"));
        try (AssembledMessage out = assembler.forSending(message)) {
            MimeMessage m = Parsed.read(out);
            assertNull(m.getHeader("X-Thread"));
            assertNull(m.getHeader("X-Ref"));
            return m;
        }
    }
}
