package org.webmail.imap.mime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.webmail.imap.AttachmentInfo;
import org.webmail.imap.InlineImage;
import org.webmail.imap.MailServerUnavailableException;

/**
 * The same fixtures read through a real IMAP server (GreenMail) and Angus Mail's IMAPMessage, whose
 * parts come from BODYSTRUCTURE and are fetched section by section: the reader must see the same
 * message, and locate() must find the same bytes, as when the source is parsed locally.
 */
class ImapMessageReadTest {

    @RegisterExtension
    static final GreenMailExtension MAIL_SERVER =
            new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort()).withPerMethodLifecycle(false);

    private static final List<String> FIXTURES = List.of("alternative.eml", "related-cid.eml", "mixed-pdf-image.eml",
            "rfc2231-portuguese.eml", "rfc2047-japanese.eml", "forwarded-rfc822.eml", "text-only.eml", "html-only.eml",
            "unknown-charset.eml", "no-boundary-parameter.eml", "truncated-base64.eml", "broken-encodings.eml",
            "8bit-headers.eml", "deeply-nested.eml", "missing-boundary.eml");

    private static Store store;
    private static Folder inbox;
    private final MimeReader reader = new MimeReader(100_000);

    @BeforeAll
    static void deliverFixtures() throws MessagingException {
        GreenMailUser bruno = MAIL_SERVER.setUser("bruno@example.test", "bruno", "secret");
        FIXTURES.forEach(fixture -> bruno.deliver(Eml.message(fixture)));
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "10000");
        properties.put("mail.imap.writetimeout", "10000");
        store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", MAIL_SERVER.getImap().getPort(), "bruno", "secret");
        inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
    }

    @AfterAll
    static void disconnect() throws MessagingException {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alternative.eml", "related-cid.eml", "mixed-pdf-image.eml", "rfc2231-portuguese.eml",
            "rfc2047-japanese.eml", "forwarded-rfc822.eml", "text-only.eml", "html-only.eml", "unknown-charset.eml",
            "no-boundary-parameter.eml", "truncated-base64.eml", "broken-encodings.eml", "8bit-headers.eml",
            "deeply-nested.eml"})
    void readingOverImapShowsWhatReadingTheSourceShows(String fixture) throws Exception {
        MimeMessage local = Eml.message(fixture);
        IMAPMessage remote = onServer(local);

        MimeReader.ReadResult expected = reader.read(local);
        MimeReader.ReadResult actual = reader.read(remote);

        assertEquals(lines(expected.textBody()), lines(actual.textBody()), fixture);
        assertEquals(lines(expected.htmlBody()), lines(actual.htmlBody()), fixture);
        assertEquals(lines(expected.rawFallback()), lines(actual.rawFallback()), fixture);
        assertEquals(withoutSizes(expected.attachments()), withoutSizes(actual.attachments()), fixture);
        for (int i = 0; i < expected.attachments().size(); i++) {
            assertSimilarSize(expected.attachments().get(i), actual.attachments().get(i));
        }
        assertEquals(expected.inlineImages().stream().map(InlineImage::contentId).toList(),
                actual.inlineImages().stream().map(InlineImage::contentId).toList(), fixture);
        for (int i = 0; i < expected.inlineImages().size(); i++) {
            assertArrayEquals(expected.inlineImages().get(i).data(), actual.inlineImages().get(i).data(), fixture);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed-pdf-image.eml", "rfc2231-portuguese.eml", "rfc2047-japanese.eml", "truncated-base64.eml"})
    void locateOverImapGivesTheBytesOfEachAttachment(String fixture) throws Exception {
        MimeMessage local = Eml.message(fixture);
        IMAPMessage remote = onServer(local);

        for (AttachmentInfo attachment : reader.read(remote).attachments()) {
            byte[] expected = PartContent.lenientBytes(reader, reader.locate(local, attachment.partPath()));
            byte[] actual = PartContent.lenientBytes(reader, reader.locate(remote, attachment.partPath()));
            assertArrayEquals(lines(expected), lines(actual), fixture + " " + attachment);
        }
    }

    @Test
    void aBoundaryNeverFoundStillShowsItsTextOverImap() throws Exception {
        MimeReader.ReadResult result = reader.read(onServer(Eml.message("missing-boundary.eml")));

        // What BODYSTRUCTURE says of such a message is the server's guess (GreenMail: one text part),
        // so either the body or the source fallback may carry the text; it must reach the reader.
        String shown = result.textBody() != null ? result.textBody() : result.rawFallback();
        assertTrue(shown.contains("The text of this message must still reach its reader."), shown);
    }

    @Test
    void aConnectionLostWhileReadingIsReportedRatherThanShownAsBrokenMail() throws Exception {
        Folder closing = store.getFolder("INBOX");
        closing.open(Folder.READ_ONLY);
        Message message = closing.search(new HeaderTerm("Message-ID", "<mixed-1@example.test>"))[0];
        closing.close(false);

        assertThrows(MailServerUnavailableException.class, () -> reader.read((MimeMessage) message));
        assertThrows(MailServerUnavailableException.class, () -> reader.locate((MimeMessage) message, "2"));
    }

    private static IMAPMessage onServer(MimeMessage local) throws MessagingException {
        String messageId = local.getMessageID();
        Message[] found = inbox.search(new HeaderTerm("Message-ID", messageId));
        assertEquals(1, found.length, messageId);
        assertNotNull(found[0]);
        return assertInstanceOf(IMAPMessage.class, found[0]);
    }

    /** The server stores lines ending in CRLF and drops a final line break; the fixtures end lines in LF. */
    private static String lines(String text) {
        return text == null ? null : text.replace("\r\n", "\n").stripTrailing();
    }

    /**
     * BODYSTRUCTURE has no size for a multipart (RFC 3501 section 7.4.2), and GreenMail counts a part's
     * MIME header in its size, a few hundred bytes more than the parsed source says.
     */
    private static void assertSimilarSize(AttachmentInfo expected, AttachmentInfo actual) {
        if (expected.contentType().startsWith("multipart/")) {
            assertEquals(-1, actual.size(), actual.toString());
            return;
        }
        long difference = Math.abs(expected.size() - actual.size());
        assertTrue(difference <= expected.size() / 20 + 300, expected + " vs " + actual);
    }

    private static byte[] lines(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static List<AttachmentInfo> withoutSizes(List<AttachmentInfo> attachments) {
        return attachments.stream().map(a -> new AttachmentInfo(a.partPath(), a.fileName(), a.contentType(), 0)).toList();
    }
}
