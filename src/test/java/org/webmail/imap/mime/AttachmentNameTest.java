package org.webmail.imap.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.mime.MimeReaderBodyTest.assertClose;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.webmail.imap.AttachmentInfo;

/** The attachment names a reader sees, whatever way the sender encoded them. */
class AttachmentNameTest {

    private final MimeReader reader = new MimeReader(100_000);

    @Test
    void rfc2231NamesAreDecodedIncludingContinuationsAndOddCharsets() {
        MimeReader.ReadResult result = reader.read(Eml.message("rfc2231-portuguese.eml"));

        assertEquals(List.of("relatório.pdf", "relatório anual de contas — 2026.pdf", "attachment-4.pdf",
                "orçamento.xlsx", "avaliação.pdf"), names(result));
        assertEquals(List.of("2", "3", "4", "5", "6"), result.attachments().stream().map(AttachmentInfo::partPath).toList());
        assertClose(Eml.payload("relatorio.pdf").length, result.attachments().get(0).size());
        assertEquals("Segue o relatório, o orçamento e a avaliação.", result.textBody().strip());
    }

    @Test
    void rfc2047NamesAreDecodedFromIso2022JpAndFromUtf8WordsSplitMidCharacter() {
        MimeReader.ReadResult result = reader.read(Eml.message("rfc2047-japanese.eml"));

        assertEquals(List.of("見積書.pdf", "報告書の最終版.pdf"), names(result));
        assertTrue(result.textBody().contains("見積書を添付いたします。ご確認ください。"), result.textBody());
    }

    @Test
    void raw8BitHeadersAreReadAsUtf8() {
        MimeReader.ReadResult result = reader.read(Eml.message("8bit-headers.eml"));

        assertEquals(List.of("relatório.pdf"), names(result));
        assertTrue(result.textBody().startsWith("Olá Bruno, segue o relatório de Novembro."), result.textBody());
    }

    @Test
    void raw8BitSubjectAndSenderDecodeThroughHeaderText() throws Exception {
        var message = Eml.message("8bit-headers.eml");

        assertEquals("Relatório de Novembro", HeaderText.decode(message.getHeader("Subject", null)));
        assertEquals("João Araújo <joao@example.test>", HeaderText.decode(message.getHeader("From", null)));
    }

    @Test
    void aMalformedDispositionStillYieldsTheNameTheSenderMeant() {
        MimeReader.ReadResult result = reader.read(Eml.message("broken-encodings.eml"));

        assertEquals(List.of("annual report 2026.pdf"), names(result));
    }

    @Test
    void aHugeFilenameIsCutTo255CharactersKeepingItsExtension() {
        String hugeName = "x".repeat(200_000) + "-long.pdf";
        byte[] source = new String(Eml.bytes("huge-header.eml"), StandardCharsets.UTF_8)
                .replace("a-name-that-the-test-makes-200-KB-long.pdf", hugeName)
                .getBytes(StandardCharsets.UTF_8);

        String name = reader.read(Eml.parse(source)).attachments().get(0).fileName();

        assertEquals(255, name.length());
        assertTrue(name.endsWith("x.pdf"), name);
    }

    @Test
    void namesLoseDirectoriesAndControlCharacters() {
        assertEquals("invoice.pdf", AttachmentNamer.name(head("C:\\Users\\ana\\invoice.pdf")));
        assertEquals("passwd", AttachmentNamer.name(head("../../etc/passwd")));
        assertEquals("a b.txt", AttachmentNamer.name(head("a\u0000\nb.txt")));
        assertEquals("attachment-1.2.pdf", AttachmentNamer.name(head("  ")));
    }

    private static PartHead head(String fileName) {
        return new PartHead(null, "1.2", "application/pdf", "application/pdf", "attachment", fileName, null, null, -1);
    }

    private static List<String> names(MimeReader.ReadResult result) {
        return result.attachments().stream().map(AttachmentInfo::fileName).toList();
    }
}
