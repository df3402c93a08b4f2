package org.webmail.compose;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;

import org.webmail.message.render.MailHtmlSanitizer;
import org.webmail.message.render.RemoteContent;

/**
 * Turns a {@link ComposedMessage} into the bytes that are submitted and filed: RFC 5322 headers, MIME (RFC 2045-2049)
 * structure, format=flowed text (RFC 3676), RFC 2231 file names. Bcc is never written into a sent message
 * (RFC 5322 3.6.3 allows either; leaving it out means no recipient learns of the others); a draft keeps it so that
 * reopening the draft shows it.
 */
@ApplicationScoped
public class MessageAssembler {

    /** A draft remembers which message it replies to or forwards (folder/uid), so sending it flags that message. */
    public static final String ORIGINAL_HEADER = "X-Webmail-Original";

    /** Address fields of a draft as typed, for fields that are not (yet) valid addresses. */
    public static final String TYPED_HEADER_PREFIX = "X-Webmail-Typed-";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MailHtmlSanitizer sanitizer;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    @Inject
    public MessageAssembler(MailHtmlSanitizer sanitizer) {
        this(sanitizer, Clock.systemUTC());
    }

    public MessageAssembler(MailHtmlSanitizer sanitizer, Clock clock) {
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    /** The message as it will be submitted: no Bcc header. */
    public AssembledMessage forSending(ComposedMessage message) {
        return write(message, null);
    }

    /** The message as a draft: with Bcc and a note of the original ("reply INBOX/42"), both only for us. */
    public AssembledMessage asDraft(ComposedMessage message, String original) {
        return asDraft(message, original, java.util.Map.of());
    }

    /**
     * @param typed the address fields exactly as typed ("To" -&gt; "bob@, carol@example.org"), kept in
     *              {@value #TYPED_HEADER_PREFIX}To etc. because a half-typed address cannot go in a To header
     */
    public AssembledMessage asDraft(ComposedMessage message, String original, java.util.Map<String, String> typed) {
        return write(message, original == null ? "" : original, typed);
    }

    private AssembledMessage write(ComposedMessage message, String draftOriginal) {
        return write(message, draftOriginal, java.util.Map.of());
    }

    private AssembledMessage write(ComposedMessage message, String draftOriginal, java.util.Map<String, String> typed) {
        String messageId = newMessageId(message.identity().address());
        try {
            MimeMessage mime = new FixedIdMessage(session, messageId);
            headers(mime, message);
            if (draftOriginal != null) {
                addresses(mime, "Bcc", message.bcc());
                if (!draftOriginal.isEmpty()) {
                    mime.setHeader(ORIGINAL_HEADER, HeaderText.singleLine(draftOriginal));
                }
                for (var field : typed.entrySet()) {
                    String text = HeaderText.singleLine(field.getValue());
                    if (!text.isEmpty()) {
                        mime.setHeader(TYPED_HEADER_PREFIX + field.getKey(), MimeUtility.fold(TYPED_HEADER_PREFIX.length() + 6,
                                MimeUtility.encodeText(text, StandardCharsets.UTF_8.name(), null)));
                    }
                }
            }
            body(mime, message);
            mime.saveChanges();
            Path file = Files.createTempFile("webmail-out-", ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                mime.writeTo(out);
            }
            return new AssembledMessage(messageId, file);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("could not assemble the message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void headers(MimeMessage mime, ComposedMessage message) throws MessagingException {
        var identity = message.identity();
        Recipient from = new Recipient(HeaderText.singleLine(identity.name()), HeaderText.singleLine(identity.address()),
                identity.address());
        mime.setFrom(from.header());
        if (identity.replyTo() != null && !identity.replyTo().isBlank()) {
            addresses(mime, "Reply-To", Addresses.parse(identity.replyTo()));
        }
        addresses(mime, "To", message.to());
        addresses(mime, "Cc", message.cc());
        mime.setSubject(HeaderText.singleLine(message.subject()), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(clock.instant()));
        if (message.inReplyTo() != null && !message.inReplyTo().isBlank()) {
            mime.setHeader("In-Reply-To", HeaderText.singleLine(message.inReplyTo()));
        }
        if (!message.references().isEmpty()) {
            // 3.6.4: ids separated by folding white space; folded so a long thread stays under 998 octets a line.
            String refs = String.join(" ", message.references().stream().map(HeaderText::singleLine).toList());
            mime.setHeader("References", MimeUtility.fold("References: ".length(), refs));
        }
    }

    private static void addresses(MimeMessage mime, String header, List<Recipient> recipients) throws MessagingException {
        if (!recipients.isEmpty()) {
            InternetAddress[] list = recipients.stream().map(Recipient::header).toArray(InternetAddress[]::new);
            mime.setHeader(header, MimeUtility.fold(header.length() + 2, InternetAddress.toString(list)));
        }
    }

    private void body(MimeMessage mime, ComposedMessage message) throws MessagingException {
        String html = message.html() == null || message.html().isBlank() ? null
                : sanitizer.sanitize(message.html(), RemoteContent.ALLOW, cid -> null).html();
        String text = message.text() == null || message.text().isBlank() ? (html == null ? "" : HtmlText.toPlain(html)) : message.text();
        if (message.attachments().isEmpty()) {
            if (html == null) {
                flowedText(mime, text);
            } else {
                mime.setContent(alternative(text, html));
            }
            return;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart first = new MimeBodyPart();
        if (html == null) {
            flowedText(first, text);
        } else {
            first.setContent(alternative(text, html));
        }
        mixed.addBodyPart(first);
        for (Attachment attachment : message.attachments()) {
            mixed.addBodyPart(attachmentPart(attachment));
        }
        mime.setContent(mixed);
    }

    private static void flowedText(MimePart part, String text) throws MessagingException {
        part.setText(FlowedText.flow(text) + "\r\n", StandardCharsets.UTF_8.name());
        part.setHeader("Content-Type", "text/plain; charset=UTF-8; format=flowed");
        // Quoted-printable keeps the trailing spaces of soft breaks intact across every relay (RFC 3676 4.2).
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
    }

    /** Text and HTML as multipart/alternative (RFC 2046 5.1.4: the plainest first). */
    private static MimeMultipart alternative(String text, String html) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        flowedText(plain, text);
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText("<!DOCTYPE html>\r\n<html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>\r\n",
                StandardCharsets.UTF_8.name(), "html");
        htmlPart.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(htmlPart);
        return alternative;
    }

    private static MimeBodyPart attachmentPart(Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new FileDataSource(attachment.file().toFile())));
        part.setHeader("Content-Type", ContentTypes.safe(attachment.contentType()));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        // RFC 2231 name: Jakarta Mail's mail.mime.encodeparameters (on by default) writes filename*=UTF-8''...
        part.setFileName(HeaderText.singleLine(attachment.name()));
        if (attachment.isMessage()) {
            // RFC 2046 5.2.1: a message/rfc822 part is never base64 or quoted-printable.
            part.setHeader("Content-Transfer-Encoding", ContentTypes.isSevenBit(attachment.file()) ? "7bit" : "8bit");
        }
        return part;
    }

    /** RFC 5322 3.6.4: unique worldwide; random bits and the identity's domain (ASCII, RFC 5891). */
    static String newMessageId(String address) {
        String domain = address.substring(address.lastIndexOf('@') + 1);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return "<" + HexFormat.of().formatHex(random) + "@" + IDN.toASCII(HeaderText.singleLine(domain), IDN.ALLOW_UNASSIGNED) + ">";
    }

    /** Keeps the Message-ID we chose (Jakarta Mail would make its own in saveChanges). */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
