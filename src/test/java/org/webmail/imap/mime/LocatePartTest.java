package org.webmail.imap.mime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.webmail.imap.AttachmentInfo;

/** locate() finds, for every attachment, the very part whose bytes the sender attached. */
class LocatePartTest {

    private final MimeReader reader = new MimeReader(100_000);

    /** fixture -> (part path -> attached file) */
    private static final Map<String, Map<String, String>> ATTACHED = Map.of(
            "mixed-pdf-image.eml", Map.of("2", "relatorio.pdf", "3", "chart.png", "4", "photo.png"),
            "related-cid.eml", Map.of("1", "logo.png", "3", "chart.png"),
            "rfc2231-portuguese.eml", Map.of("2", "relatorio.pdf", "3", "relatorio.pdf", "4", "relatorio.pdf"),
            "rfc2047-japanese.eml", Map.of("2", "relatorio.pdf", "3", "relatorio.pdf"),
            "8bit-headers.eml", Map.of("2", "relatorio.pdf"),
            "no-boundary-parameter.eml", Map.of("2", "relatorio.pdf"),
            "broken-encodings.eml", Map.of("3", "relatorio.pdf"),
            "forwarded-rfc822.eml", Map.of("2.2", "relatorio.pdf"));

    @ParameterizedTest
    @ValueSource(strings = {"mixed-pdf-image.eml", "related-cid.eml", "rfc2231-portuguese.eml", "rfc2047-japanese.eml",
            "8bit-headers.eml", "no-boundary-parameter.eml", "broken-encodings.eml", "forwarded-rfc822.eml"})
    void eachAttachedFileIsFoundAtItsPartPath(String fixture) {
        MimeMessage message = Eml.message(fixture);
        ATTACHED.get(fixture).forEach((path, file) -> {
            Part part = reader.locate(message, path);
            assertArrayEquals(Eml.payload(file), PartContent.bytes(part), fixture + " part " + path);
            assertArrayEquals(Eml.payload(file), PartContent.lenientBytes(reader, part), fixture + " part " + path);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed-pdf-image.eml", "related-cid.eml", "rfc2231-portuguese.eml", "rfc2047-japanese.eml",
            "8bit-headers.eml", "forwarded-rfc822.eml", "truncated-base64.eml", "deeply-nested.eml", "huge-header.eml"})
    void everyListedAttachmentLocatesToAPartOfItsTypeAndSize(String fixture) throws Exception {
        MimeMessage message = Eml.message(fixture);
        for (AttachmentInfo attachment : reader.read(message).attachments()) {
            Part part = reader.locate(message, attachment.partPath());
            assertNotNull(part, fixture + " " + attachment);
            assertTrue(part.isMimeType(attachment.contentType()), part.getContentType() + " for " + attachment);
            if (!attachment.contentType().startsWith("multipart/")) {
                long actual = PartContent.lenientBytes(reader, part).length;
                MimeReaderBodyTest.assertClose(actual, attachment.size());
            }
        }
    }

    @Test
    void aSinglePartMessageIsItsOwnPartOne() {
        MimeMessage message = Eml.message("text-only.eml");

        assertSame(message, reader.locate(message, "1"));
        assertTrue(new String(PartContent.bytes(reader.locate(message, "1")), StandardCharsets.UTF_8).startsWith("Lunch at"));
    }

    @Test
    void numbersAfterAForwardedMessageIndexIntoItsBody() {
        MimeMessage message = Eml.message("forwarded-rfc822.eml");

        String enclosedText = new String(PartContent.bytes(reader.locate(message, "2.1")), StandardCharsets.UTF_8);
        assertEquals("O orçamento segue em anexo.", enclosedText.strip());
        String forwarded = new String(PartContent.bytes(reader.locate(message, "2")), StandardCharsets.UTF_8);
        assertTrue(forwarded.contains("Message-ID: <inner-1@example.test>"), forwarded);
    }

    @Test
    void pathsThatNameNoPartGiveNull() {
        MimeMessage mixed = Eml.message("mixed-pdf-image.eml");
        MimeMessage single = Eml.message("text-only.eml");

        for (String path : Arrays.asList(null, "", "0", "5", "2.1", "1.3", "1.1.1", "a", "1..2", "-1", "1.", "99999999999")) {
            assertNull(reader.locate(mixed, path), "mixed " + path);
        }
        assertNull(reader.locate(single, "2"));
        assertNull(reader.locate(single, "1.1"));
        assertNull(reader.locate(Eml.message("missing-boundary.eml"), "1"));
    }
}
