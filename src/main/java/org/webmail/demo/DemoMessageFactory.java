package org.webmail.demo;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/** Builds the MIME structure of demo messages: plain, HTML with a plain alternative, attachments, cid: images. */
final class DemoMessageFactory {

    private final Session session = Session.getInstance(new Properties());

    MimeMessage plain(DemoEnvelope envelope, String text) {
        return plain(envelope, text, "UTF-8");
    }

    /** Plain text in a given charset, e.g. ISO-2022-JP as much Japanese mail still is (RFC 1468). */
    MimeMessage plain(DemoEnvelope envelope, String text, String charset) {
        try {
            MimeMessage message = headers(envelope, charset);
            message.setText(text, charset);
            if (charset.equalsIgnoreCase("ISO-2022-JP")) {
                // RFC 1468: ISO-2022-JP is a 7-bit encoding and travels as 7bit, not quoted-printable.
                message.setHeader("Content-Transfer-Encoding", "7bit");
            }
            return saved(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build demo message " + envelope.subject(), e);
        }
    }

    /** multipart/alternative (RFC 2046 5.1.4): the plain text first, the preferred HTML last. */
    MimeMessage html(DemoEnvelope envelope, String text, String html) {
        try {
            MimeMessage message = headers(envelope, "UTF-8");
            message.setContent(alternative(text, htmlPart(html)));
            return saved(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build demo message " + envelope.subject(), e);
        }
    }

    /** multipart/mixed: the body (plain, or plain+HTML when {@code html} is given) and then the files. */
    MimeMessage withAttachments(DemoEnvelope envelope, String text, String html, List<DemoFile> files) {
        try {
            MimeMessage message = headers(envelope, "UTF-8");
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            if (html == null) {
                body.setText(text, "UTF-8");
            } else {
                body.setContent(alternative(text, htmlPart(html)));
            }
            mixed.addBodyPart(body);
            for (DemoFile file : files) {
                mixed.addBodyPart(filePart(file));
            }
            message.setContent(mixed);
            return saved(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build demo message " + envelope.subject(), e);
        }
    }

    /** HTML whose images travel with it: multipart/related (RFC 2387) referenced by cid: URLs (RFC 2392). */
    MimeMessage withInlineImages(DemoEnvelope envelope, String text, String html, List<DemoFile> images) {
        try {
            MimeMessage message = headers(envelope, "UTF-8");
            MimeMultipart related = new RelatedMultipart();
            related.addBodyPart(htmlPart(html));
            for (DemoFile image : images) {
                related.addBodyPart(filePart(image));
            }
            MimeBodyPart relatedPart = new MimeBodyPart();
            relatedPart.setContent(related);
            message.setContent(alternative(text, relatedPart));
            return saved(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build demo message " + envelope.subject(), e);
        }
    }

    /** A message exactly as given (CRLF line ends added); for deliberately broken MIME that no builder would write. */
    MimeMessage raw(String source) {
        byte[] bytes = source.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
            return new MimeMessage(session, new ByteArrayInputStream(bytes));
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot parse raw demo message", e);
        }
    }

    private MimeMessage headers(DemoEnvelope envelope, String charset) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session);
        message.setFrom(envelope.from().internetAddress(charset));
        message.setRecipients(Message.RecipientType.TO, DemoPerson.internetAddresses(envelope.to()));
        if (!envelope.cc().isEmpty()) {
            message.setRecipients(Message.RecipientType.CC, DemoPerson.internetAddresses(envelope.cc()));
        }
        if (!envelope.subject().isEmpty()) {
            message.setSubject(envelope.subject(), charset);
        }
        message.setSentDate(Date.from(envelope.date()));
        message.setHeader("Message-ID", envelope.messageId());
        if (envelope.inReplyTo() != null) {
            message.setHeader("In-Reply-To", envelope.inReplyTo());
            message.setHeader("References", MimeUtility.fold(12, String.join(" ", envelope.references())));
        }
        for (var header : envelope.extraHeaders().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        return message;
    }

    private static MimeMultipart alternative(String text, MimeBodyPart preferred) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(preferred);
        return alternative;
    }

    private static MimeBodyPart htmlPart(String html) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(html, "UTF-8", "html");
        return part;
    }

    /**
     * The file name goes into Content-Disposition (RFC 2183) and, for old readers, Content-Type's name;
     * non-ASCII names are written as RFC 2231 extended parameters ({@code filename*=UTF-8''...}).
     */
    private static MimeBodyPart filePart(DemoFile file) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.bytes(), file.contentType())));
        String nameParameter = Rfc2231.parameter("name", file.name());
        part.setHeader("Content-Type", file.contentType() + "; " + nameParameter);
        String disposition = file.isInline() ? "inline" : "attachment";
        part.setHeader("Content-Disposition", disposition + "; " + Rfc2231.parameter("filename", file.name()));
        if (!file.contentType().startsWith("text/")) {
            // Left to itself Angus picks quoted-printable for mostly-ASCII binaries such as a PDF.
            part.setHeader("Content-Transfer-Encoding", "base64");
        }
        if (file.isInline()) {
            part.setContentID("<" + file.contentId() + ">");
        }
        return part;
    }

    private static MimeMessage saved(MimeMessage message) throws MessagingException {
        message.saveChanges();
        return message;
    }

    /** RFC 2387 section 3.1 requires multipart/related to name its root's type. */
    private static final class RelatedMultipart extends MimeMultipart {
        RelatedMultipart() throws MessagingException {
            super("related");
            ContentType type = new ContentType(contentType);
            type.setParameter("type", "text/html");
            contentType = type.toString();
        }
    }

    /** saveChanges() would replace our Message-ID with a random one, and threads need the ids we chose. */
    private static final class FixedIdMessage extends MimeMessage {
        FixedIdMessage(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() {
            // keep the Message-ID set from the envelope
        }
    }
}
