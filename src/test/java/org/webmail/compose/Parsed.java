package org.webmail.compose;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Reads assembled bytes back the way a recipient's client would. */
final class Parsed {

    private Parsed() {
    }

    static MimeMessage read(AssembledMessage assembled) throws Exception {
        try (InputStream in = Files.newInputStream(assembled.file())) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
