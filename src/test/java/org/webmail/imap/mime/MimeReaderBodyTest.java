package org.webmail.imap.mime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.webmail.imap.AttachmentInfo;
import org.webmail.imap.InlineImage;

/** Which text a reader sees for the common message shapes, and which parts show inline. */
class MimeReaderBodyTest {

    private final MimeReader reader = new MimeReader(100_000);

    @Test
    void alternativeFillsBothTextAndHtml() {
        MimeReader.ReadResult result = reader.read(Eml.message("alternative.eml"));

        assertTrue(result.textBody().contains("A reunião de sexta passa para as 15h. Traz o orçamento, por favor - o da agência."),
                result.textBody());
        assertTrue(result.htmlBody().contains("passa para as <b>15h</b>. Traz o orçamento, por favor"), result.htmlBody());
        assertEquals(List.of(), result.attachments());
        assertFalse(result.hasAttachments());
        assertNull(result.rawFallback());
    }

    @Test
    void relatedRootNamedByStartIsTheBodyAndItsReferencedImageIsInline() {
        MimeReader.ReadResult result = reader.read(Eml.message("related-cid.eml"));

        assertTrue(result.htmlBody().contains("<img src=\"cid:logo@example.test\""), result.htmlBody());
        assertTrue(result.textBody().contains("Our new logo is here."), result.textBody());
        assertEquals(1, result.inlineImages().size());
        InlineImage logo = result.inlineImages().get(0);
        assertEquals("logo@example.test", logo.contentId());
        assertEquals("image/png", logo.contentType());
        assertArrayEquals(Eml.payload("logo.png"), logo.data());
        // The related image no one references stays reachable as an attachment.
        assertEquals(List.of(new AttachmentInfo("3", "attachment-3.png", "image/png", sizeOf("chart.png"))),
                withApproximateSize(result.attachments(), "chart.png"));
    }

    @Test
    void mixedShowsTheAlternativeBodyAndListsThePdfAndPhotoButNotTheReferencedChart() {
        MimeReader.ReadResult result = reader.read(Eml.message("mixed-pdf-image.eml"));

        assertTrue(result.textBody().startsWith("Hi Bruno, the quarterly report is attached."), result.textBody());
        assertTrue(result.htmlBody().contains("cid:chart.2026@example.test"), result.htmlBody());
        assertEquals(List.of("chart.2026@example.test"), result.inlineImages().stream().map(InlineImage::contentId).toList());
        assertArrayEquals(Eml.payload("chart.png"), result.inlineImages().get(0).data());
        assertEquals(List.of("2", "4"), result.attachments().stream().map(AttachmentInfo::partPath).toList());
        AttachmentInfo pdf = result.attachments().get(0);
        assertEquals("quarterly-report.pdf", pdf.fileName());
        assertEquals("application/pdf", pdf.contentType());
        assertClose(Eml.payload("relatorio.pdf").length, pdf.size());
        assertEquals("photo.png", result.attachments().get(1).fileName());
        assertTrue(result.hasAttachments());
    }

    @Test
    void anInlineImageOverTheLimitBecomesAnAttachment() {
        MimeReader.ReadResult result = new MimeReader(1_000).read(Eml.message("mixed-pdf-image.eml"));

        assertEquals(List.of(), result.inlineImages());
        assertEquals(List.of("quarterly-report.pdf", "chart.png", "photo.png"),
                result.attachments().stream().map(AttachmentInfo::fileName).toList());
    }

    @Test
    void plainTextOnlyLeavesHtmlNull() {
        MimeReader.ReadResult result = reader.read(Eml.message("text-only.eml"));

        assertEquals("Lunch at the café on the corner at 13:00?\n\nDora\n", result.textBody().replace("\r\n", "\n"));
        assertNull(result.htmlBody());
        assertFalse(result.hasAttachments());
    }

    @Test
    void htmlOnlyLeavesTextNullAndHonoursTheMetaCharset() {
        MimeReader.ReadResult result = reader.read(Eml.message("html-only.eml"));

        assertNull(result.textBody());
        assertTrue(result.htmlBody().contains("<p>Привет, Бруно!</p>"), result.htmlBody());
    }

    @Test
    void aForwardedMessageIsOneAttachmentNamedByItsSubject() {
        MimeReader.ReadResult result = reader.read(Eml.message("forwarded-rfc822.eml"));

        assertTrue(result.textBody().startsWith("Carla, veja a mensagem abaixo."), result.textBody());
        assertEquals(1, result.attachments().size());
        AttachmentInfo forwarded = result.attachments().get(0);
        assertEquals("2", forwarded.partPath());
        assertEquals("Orçamento 2026.eml", forwarded.fileName());
        assertEquals("message/rfc822", forwarded.contentType());
        assertTrue(forwarded.size() > Eml.payload("relatorio.pdf").length, "size " + forwarded.size());
    }

    @Test
    void aTextPartAfterTheBodyOfAMixedIsShownBelowItInBothViews() {
        MimeReader.ReadResult result = reader.read(Eml.message("list-footer.eml"));

        assertTrue(result.textBody().startsWith("We release on Friday."), result.textBody());
        assertTrue(result.textBody().contains("team mailing list <unsubscribe & archives"), result.textBody());
        assertTrue(result.htmlBody().startsWith("<p>We release on <b>Friday</b>.</p>"), result.htmlBody());
        assertTrue(result.htmlBody().contains("<pre>_____"), result.htmlBody());
        assertTrue(result.htmlBody().contains("team mailing list &lt;unsubscribe &amp; archives"), result.htmlBody());
        assertFalse(result.hasAttachments());
    }

    static long sizeOf(String payload) {
        return Eml.payload(payload).length;
    }

    /** Decoded sizes are estimates from the encoded size: within 5 % (base64 line breaks) of the truth. */
    static void assertClose(long expected, long actual) {
        assertTrue(Math.abs(expected - actual) <= expected / 20 + 4, "expected about " + expected + " but was " + actual);
    }

    private static List<AttachmentInfo> withApproximateSize(List<AttachmentInfo> attachments, String payload) {
        return attachments.stream().map(a -> {
            assertClose(sizeOf(payload), a.size());
            return new AttachmentInfo(a.partPath(), a.fileName(), a.contentType(), sizeOf(payload));
        }).toList();
    }
}
