package org.webmail.imap.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.webmail.imap.AttachmentInfo;

/** Broken mail in, something readable out, and never an exception. */
class DamagedMailTest {

    private final MimeReader reader = new MimeReader(100_000);

    @Test
    void unknownAndBogusCharsetLabelsStillGiveReadableText() {
        String text = reader.read(Eml.message("unknown-charset.eml")).textBody();

        assertTrue(text.contains("One: café au lait"), text);
        assertTrue(text.contains("Two: naïve résumé"), text);
        assertTrue(text.contains("Three: façade and crème brûlée"), text);
        assertTrue(text.contains("Four: pièces détachées, 2+2=4"), text);
        assertTrue(text.contains("Five: Straße in München"), text);
    }

    @Test
    void aBoundaryNeverFoundShowsTheSourceInstead() {
        MimeReader.ReadResult result = reader.read(Eml.message("missing-boundary.eml"));

        assertNull(result.textBody());
        assertNull(result.htmlBody());
        assertEquals(List.of(), result.attachments());
        assertTrue(result.rawFallback().contains("The text of this message must still reach its reader."), result.rawFallback());
        assertTrue(result.rawFallback().contains("Subject: The boundary was never written"), result.rawFallback());
    }

    @Test
    void theSourceFallbackStopsAtOneMegabyte() {
        String line = "This line repeats until the message is three megabytes long.\r\n";
        byte[] source = ("Subject: big and broken\r\nContent-Type: multipart/mixed; boundary=\"absent\"\r\n\r\n"
                + line.repeat(3 * 1024 * 1024 / line.length())).getBytes(StandardCharsets.US_ASCII);

        String fallback = reader.read(Eml.parse(source)).rawFallback();

        assertTrue(fallback.startsWith("Subject: big and broken"), fallback.substring(0, 100));
        assertEquals(RawSource.MAX_BYTES, fallback.length());
    }

    @Test
    void aMultipartWithoutBoundaryParameterIsReadFromItsDelimiterLines() {
        MimeReader.ReadResult result = reader.read(Eml.message("no-boundary-parameter.eml"));

        assertTrue(result.textBody().startsWith("A multipart without a boundary parameter"), result.textBody());
        assertEquals(List.of("minutes.pdf"), result.attachments().stream().map(AttachmentInfo::fileName).toList());
        assertNull(result.rawFallback());
    }

    @Test
    void aMultipartWithoutBoundaryOrDelimitersShowsTheSource() {
        byte[] source = ("Subject: no structure\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n"
                + "Just words, no delimiter line at all.\r\n").getBytes(StandardCharsets.US_ASCII);

        MimeReader.ReadResult result = reader.read(Eml.parse(source));

        assertTrue(result.rawFallback().contains("Just words, no delimiter line at all."), result.rawFallback());
    }

    @Test
    void truncatedBase64ShowsWhatDecodedAndKeepsTheCutAttachment() {
        MimeReader.ReadResult result = reader.read(Eml.message("truncated-base64.eml"));

        assertTrue(result.textBody().startsWith("The first paragraph arrived intact, and so did most of the second one."),
                result.textBody());
        assertTrue(result.textBody().contains("dropped in the middle of a"), result.textBody());
        assertEquals(List.of("contract.pdf"), result.attachments().stream().map(AttachmentInfo::fileName).toList());
        var message = Eml.message("truncated-base64.eml");
        byte[] located = PartContent.lenientBytes(reader, reader.locate(message, "2"));
        byte[] original = Eml.payload("relatorio.pdf");
        assertTrue(located.length > original.length / 3 && located.length < original.length, "got " + located.length);
        assertTrue(Arrays.equals(located, Arrays.copyOf(original, located.length)), "the part starts like the original");
    }

    @Test
    void badQuotedPrintableAndUnknownTransferEncodingShowWhatTheyCan() {
        String text = reader.read(Eml.message("broken-encodings.eml")).textBody();

        assertTrue(text.contains("Price: 100 =ZZ euros €, softly wrapped, and a trailing equals sign ="), text);
        assertTrue(text.contains("An encoding nobody has heard of still shows its plain text."), text);
    }

    @Test
    void aHugeSubjectDoesNotStopTheBody() {
        byte[] source = new String(Eml.bytes("huge-header.eml"), StandardCharsets.UTF_8)
                .replace("A subject that the test makes 200 KB long", "Lorem ipsum dolor sit amet ".repeat(7_500))
                .getBytes(StandardCharsets.UTF_8);

        MimeReader.ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(Eml.parse(source)));

        assertTrue(source.length > 200_000);
        assertEquals("The body after a huge header is still readable.", result.textBody().strip());
        assertTrue(result.hasAttachments());
    }

    @Test
    void nestingBeyondTwentyLevelsBecomesOneAttachment() {
        MimeReader.ReadResult result = reader.read(Eml.message("deeply-nested.eml"));

        assertTrue(result.textBody().contains("Level 1 text."), result.textBody());
        assertTrue(result.textBody().contains("Level 20 text."), result.textBody());
        assertFalse(result.textBody().contains("Level 21 text."), result.textBody());
        String twentyDeep = String.join(".", java.util.Collections.nCopies(20, "2"));
        assertEquals(List.of(new AttachmentInfo(twentyDeep, "attachment-" + twentyDeep + ".txt", "multipart/mixed",
                result.attachments().get(0).size())), result.attachments());
        String cutOff = new String(PartContent.bytes(reader.locate(Eml.message("deeply-nested.eml"), twentyDeep)),
                StandardCharsets.US_ASCII);
        assertTrue(cutOff.contains("Level 21 text.") && cutOff.contains("Level 26 innermost text."), cutOff);
    }

    @Test
    void garbageNeverThrows() {
        for (String source : List.of("", "\r\n\r\n", "Content-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\n",
                "Content-Type: text/plain; charset=\"\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@@",
                "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: multipart/mixed\r\n\r\n--b--")) {
            MimeReader.ReadResult result = reader.read(Eml.parse(source.getBytes(StandardCharsets.ISO_8859_1)));
            assertTrue(result.textBody() != null || result.rawFallback() != null || result.attachments() != null, source);
        }
    }
}
