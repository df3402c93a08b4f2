package org.webmail.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedFileInputStream;

import org.webmail.account.Identity;

/**
 * Reads a saved draft back into a compose form. The source is read from its spool file (attachments are copied
 * part by part into the form's directory, never whole into the heap).
 */
final class DraftReader {

    private DraftReader() {
    }

    static void read(Path source, List<Identity> identities, ComposeSession session) {
        ComposeForm form = session.form();
        try (SharedFileInputStream in = new SharedFileInputStream(source.toFile())) {
            MimeMessage draft = new MimeMessage(Session.getInstance(new Properties()), in);
            form.to = addresses(draft, "To");
            form.cc = addresses(draft, "Cc");
            form.bcc = addresses(draft, "Bcc");
            form.subject = draft.getSubject() == null ? "" : draft.getSubject();
            form.identityId = identity(draft, identities);
            form.inReplyTo = draft.getHeader("In-Reply-To", null);
            String references = draft.getHeader("References", " ");
            form.references = references == null ? List.of()
                    : Arrays.stream(references.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            form.original = OriginalMessage.parse(draft.getHeader(MessageAssembler.ORIGINAL_HEADER, null));
            walk(draft, session);
        } catch (MessagingException e) {
            throw new ComposeProblem(ComposeMessages::draftUnreadable);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String addresses(MimeMessage draft, String header) throws MessagingException {
        String typed = draft.getHeader(MessageAssembler.TYPED_HEADER_PREFIX + header, null);
        if (typed != null) {
            try {
                return MimeUtility.decodeText(MimeUtility.unfold(typed));
            } catch (java.io.UnsupportedEncodingException e) {
                return MimeUtility.unfold(typed);
            }
        }
        String raw = draft.getHeader(header, ",");
        if (raw == null) {
            return "";
        }
        try {
            return Arrays.stream(InternetAddress.parseHeader(raw, false)).map(DraftReader::shown).collect(Collectors.joining(", "));
        } catch (AddressException e) {
            return HeaderText.singleLine(raw); // a half-typed address saved as it was typed
        }
    }

    private static String shown(InternetAddress a) {
        String address = a.getAddress();
        int at = address.lastIndexOf('@');
        String unicode = at < 0 ? address : address.substring(0, at + 1) + IDN.toUnicode(address.substring(at + 1), IDN.ALLOW_UNASSIGNED);
        return new Recipient(a.getPersonal() == null ? "" : a.getPersonal(), unicode, unicode).display();
    }

    private static long identity(MimeMessage draft, List<Identity> identities) throws MessagingException {
        var from = draft.getFrom();
        String address = from == null || from.length == 0 ? "" : ((InternetAddress) from[0]).getAddress().toLowerCase(Locale.ROOT);
        return identities.stream().filter(i -> i.address().equalsIgnoreCase(address)).findFirst()
                .orElse(identities.get(0)).id();
    }

    private static void walk(Part part, ComposeSession session) throws MessagingException, IOException {
        ComposeForm form = session.form();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), session);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null
                || part.isMimeType("message/rfc822")) {
            form.attachments.add(spool(part, session));
        } else if (part.isMimeType("text/plain") && form.body.isEmpty()) {
            String text = part.getContent().toString();
            String flowed = new ContentType(part.getContentType()).getParameter("format");
            form.body = "flowed".equalsIgnoreCase(flowed) ? FlowedText.unflow(text) : text.replace("\r\n", "\n");
            form.body = form.body.endsWith("\n") ? form.body.substring(0, form.body.length() - 1) : form.body;
        } else if (part.isMimeType("text/html") && form.bodyHtml.isEmpty()) {
            form.bodyHtml = bodyOf(part.getContent().toString());
        }
    }

    private static Attachment spool(Part part, ComposeSession session) throws MessagingException, IOException {
        Path file = session.newFile();
        boolean message = part.isMimeType("message/rfc822");
        // A message/rfc822 part is 7bit/8bit (RFC 2046 5.2.1): its raw bytes are the message.
        try (InputStream in = message && part instanceof MimeBodyPart body ? body.getRawInputStream() : part.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        String name = part.getFileName() == null ? (message ? "message.eml" : "attachment") : part.getFileName();
        String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        return new Attachment(name, type, file, Files.size(file));
    }

    /** The inside of the body element we wrote around the editor's HTML. */
    private static String bodyOf(String html) {
        int open = html.indexOf("<body>");
        int close = html.lastIndexOf("</body>");
        return open >= 0 && close > open ? html.substring(open + "<body>".length(), close) : html;
    }
}
