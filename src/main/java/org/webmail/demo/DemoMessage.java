package org.webmail.demo;

import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;

/** One message to append: its folder ('/'-separated path), IMAP internal date (RFC 3501 2.3.3) and flags. */
record DemoMessage(String folder, Instant internalDate, Flags flags, MimeMessage mime) {

    DemoMessage {
        flags = new Flags(flags);
    }

    DemoMessage with(Flags.Flag flag) {
        Flags more = new Flags(flags);
        more.add(flag);
        return new DemoMessage(folder, internalDate, more, mime);
    }

    boolean has(Flags.Flag flag) {
        return flags.contains(flag);
    }
}
