package org.webmail.imap.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The .eml fixtures under src/test/resources/eml and the files their attachments carry. */
final class Eml {

    private Eml() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Eml.class.getResourceAsStream("/eml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MimeMessage message(String name) {
        return parse(bytes(name));
    }

    static MimeMessage parse(byte[] source) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(source));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The original bytes of a file attached to the fixtures (payload/relatorio.pdf, ...). */
    static byte[] payload(String name) {
        return bytes("payload/" + name);
    }
}
