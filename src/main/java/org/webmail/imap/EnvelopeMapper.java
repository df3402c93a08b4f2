package org.webmail.imap;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.angus.mail.imap.IMAPMessage;

/**
 * Maps the ENVELOPE (RFC 3501 section 7.4.2) that Jakarta Mail already decoded (RFC 2047 names) to our records.
 * Called inside a lease, on messages whose envelope was fetched, so it sends no command of its own.
 */
final class EnvelopeMapper {

    private static final MailAddress NOBODY = new MailAddress("", "");

    private EnvelopeMapper() {
    }

    static List<MailAddress> addresses(Address[] addresses) {
        List<MailAddress> mapped = new ArrayList<>();
        if (addresses == null) {
            return mapped;
        }
        for (Address address : addresses) {
            if (address instanceof InternetAddress internet) {
                addInternet(internet, mapped);
            } else if (address != null) {
                mapped.add(new MailAddress("", address.toString()));
            }
        }
        return mapped;
    }

    /** The first From address: what a message list shows. */
    static MailAddress sender(Message message) throws MessagingException {
        List<MailAddress> from = addresses(readable(message).getFrom());
        return from.isEmpty() ? NOBODY : from.get(0);
    }

    static String subject(Message message) throws MessagingException {
        String subject = readable(message).getSubject();
        return subject == null ? "" : subject;
    }

    /** The Date header, or the server's INTERNALDATE (RFC 3501 section 2.3.3) when the header is missing or unreadable. */
    static Instant date(Message message) throws MessagingException {
        Message readable = readable(message);
        Date date = readable.getSentDate();
        if (date == null && readable == message) {
            date = message.getReceivedDate();
        }
        return date == null ? null : date.toInstant();
    }

    /**
     * The message, or a stand-in read from its header when the server's ENVELOPE for it cannot be parsed
     * ({@link HeaderEnvelope}): every list, conversation and search reads its rows through here, so one hostile
     * message cannot take a whole page down.
     */
    private static Message readable(Message message) throws MessagingException {
        return message instanceof IMAPMessage imap ? HeaderEnvelope.readable(imap) : message;
    }

    private static void addInternet(InternetAddress address, List<MailAddress> into) {
        if (address.isGroup()) {
            // RFC 5322 section 3.4 group syntax: show the members, not the group label
            try {
                InternetAddress[] members = address.getGroup(false);
                if (members != null) {
                    for (InternetAddress member : members) {
                        addInternet(member, into);
                    }
                }
            } catch (AddressException e) {
                into.add(new MailAddress("", address.getAddress()));
            }
            return;
        }
        String personal = address.getPersonal();
        into.add(new MailAddress(personal == null ? "" : personal, address.getAddress() == null ? "" : address.getAddress()));
    }
}
