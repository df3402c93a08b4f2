package org.webmail.imap;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.imap.IMAPMessage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Properties;

/**
 * The sender, recipients, subject and date of a message whose ENVELOPE (RFC 3501 section 7.4.2) the client cannot
 * parse. Angus drops a whole FETCH response when one address in it is malformed (seen: raw 8-bit bytes in a quoted
 * domain, a group written as {@code (NIL NIL "undisclosed-recipients:;" "")}), and then every envelope getter
 * throws; without this one hostile message would take its whole folder's list, and its own page, down with it. The
 * message's header ({@code BODY.PEEK[HEADER]}, a separate FETCH) is parsed here instead, leniently, as the reader
 * of any other mail would.
 */
final class HeaderEnvelope {

    /** Parsing only; it never connects anywhere. */
    private static final Session PARSING = Session.getInstance(new Properties());

    private HeaderEnvelope() {
    }

    /** The message itself when its envelope loads; else a header-only message that answers the same getters. */
    static Message readable(IMAPMessage message) throws MessagingException {
        try {
            message.getSubject(); // loads the ENVELOPE, or throws when its response could not be parsed
            return message;
        } catch (MessagingException unparsable) {
            if (message.isExpunged()) {
                throw unparsable;
            }
            return fromHeader(message);
        }
    }

    /** Whether {@link #readable} had to fall back to the header (so the envelope's size and date are unknown). */
    static boolean isStandIn(Message envelope) {
        return !(envelope instanceof IMAPMessage);
    }

    private static Message fromHeader(IMAPMessage message) throws MessagingException {
        StringBuilder header = new StringBuilder();
        for (Enumeration<String> lines = message.getAllHeaderLines(); lines.hasMoreElements(); ) {
            header.append(lines.nextElement()).append("\r\n");
        }
        header.append("\r\n");
        return new MimeMessage(PARSING, new ByteArrayInputStream(header.toString().getBytes(StandardCharsets.UTF_8))) {
            @Override
            public jakarta.mail.Address[] getFrom() {
                return lenient(() -> super.getFrom());
            }

            @Override
            public jakarta.mail.Address[] getReplyTo() {
                return lenient(() -> super.getReplyTo());
            }

            @Override
            public jakarta.mail.Address[] getRecipients(Message.RecipientType type) {
                return lenient(() -> super.getRecipients(type));
            }
        };
    }

    @FunctionalInterface
    private interface AddressRead {
        jakarta.mail.Address[] read() throws MessagingException;
    }

    /** An address header that does not parse even leniently reads as absent, like a missing one. */
    private static jakarta.mail.Address[] lenient(AddressRead read) {
        try {
            return read.read();
        } catch (MessagingException e) {
            return null;
        }
    }
}
