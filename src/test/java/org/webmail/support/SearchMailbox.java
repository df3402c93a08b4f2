package org.webmail.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

/**
 * carol's mail for the search journeys, on any server: a "Search lab" folder that nobody else writes to (so counts
 * are exact), a "Birdwatch" folder and her Trash for the all-folders search. Every sender is at search.test.
 * Dates are noon UTC with a +0000 Date header, so before:/after: days are the same in every zone.
 */
public final class SearchMailbox {

    public static final String USER = "carol@example.test";
    public static final String PASSWORD = "carol-pass";
    public static final String LAB = "Search lab";
    public static final String BIRDS = "Birdwatch";
    public static final int DIGESTS = 14;
    /** The subject with IMAP literal syntax and quotes in it. */
    public static final String HOSTILE_SUBJECT = "Budget {5} \"final\" draft";

    private static final Session PARSING = Session.getInstance(new Properties());

    private SearchMailbox() {
    }

    /** Empties what this mailbox owns and fills it again: the same mail on every run. */
    public static void fill(Store store) throws MessagingException {
        Folder lab = fresh(store, LAB);
        List<Message> mail = new ArrayList<>();
        mail.add(text("Dora <dora@search.test>", USER, "Kestrel survey results", day(2025, 3, 10), "The kestrel count is up.", false, false));
        mail.add(withAttachment(day(2025, 3, 12)));
        mail.add(text("Dora <dora@search.test>", USER, HOSTILE_SUBJECT, day(2025, 3, 14), "Quote test.", true, false));
        mail.add(text("Dora <dora@search.test>", USER, "Budget final draft", day(2025, 3, 15), "No braces here.", true, false));
        mail.add(text("Eve <eve@search.test>", USER, "Relatório de vendas — março", day(2025, 3, 16), "Números do trimestre.", false, false));
        mail.add(text("Dora <dora@search.test>", "frank@search.test", "Forwarded to Frank", day(2025, 3, 18), "For Frank.", true, false));
        for (int i = 1; i <= DIGESTS; i++) {
            mail.add(text("Digest <digest@search.test>", USER, String.format("Weekly digest %02d", i), day(2025, 1, i),
                    "Digest number " + i + ".", true, false));
        }
        lab.appendMessages(mail.toArray(Message[]::new));
        fresh(store, BIRDS).appendMessages(new Message[]{
            text("Dora <dora@search.test>", USER, "Kestrel nest photos", day(2025, 3, 20), "Three chicks.", true, false),
            text("Dora <dora@search.test>", USER, "Sparrow notes", day(2025, 3, 21), "Nothing of falcons.", true, false)});
        Folder trash = store.getFolder("Trash");
        if (!trash.exists()) {
            trash.create(Folder.HOLDS_MESSAGES);
        }
        clear(trash);
        trash.appendMessages(new Message[]{
            text("Dora <dora@search.test>", USER, "Kestrel deleted", day(2025, 3, 22), "Gone.", true, false)});
    }

    public static Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static Folder fresh(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (folder.exists()) {
            clear(folder);
        } else {
            folder.create(Folder.HOLDS_MESSAGES);
        }
        return folder;
    }

    private static void clear(Folder folder) throws MessagingException {
        folder.open(Folder.READ_WRITE);
        if (folder.getMessageCount() > 0) {
            folder.setFlags(1, folder.getMessageCount(), new Flags(Flags.Flag.DELETED), true);
        }
        folder.close(true);
    }

    private static Message text(String from, String to, String subject, Instant date, String body, boolean seen, boolean flagged)
            throws MessagingException {
        String eml = "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + encoded(subject) + "\r\nDate: " + rfc822(date)
                + "\r\nMessage-ID: <" + Math.abs((subject + date).hashCode()) + "@search.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
        return message(eml, date, seen, flagged);
    }

    /** The one message with a file: multipart/mixed, about 30 KB, read and flagged, "kestrel" only in its text. */
    private static Message withAttachment(Instant date) throws MessagingException {
        byte[] file = new byte[30 * 1024];
        new java.util.Random(7).nextBytes(file);
        String eml = "From: Eve <eve@search.test>\r\nTo: " + USER + "\r\nSubject: Quarterly numbers\r\nDate: " + rfc822(date)
                + "\r\nMessage-ID: <quarterly@search.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nA kestrel was seen near the office.\r\n"
                + "--b1\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"q1.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(file) + "\r\n--b1--\r\n";
        return message(eml, date, true, true);
    }

    private static Message message(String eml, Instant received, boolean seen, boolean flagged) throws MessagingException {
        MimeMessage message = new MimeMessage(PARSING, new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public Date getReceivedDate() {
                return Date.from(received);
            }
        };
        Flags flags = new Flags();
        if (seen) {
            flags.add(Flags.Flag.SEEN);
        }
        if (flagged) {
            flags.add(Flags.Flag.FLAGGED);
        }
        message.setFlags(flags, true);
        return message;
    }

    private static String encoded(String subject) {
        try {
            return jakarta.mail.internet.MimeUtility.encodeText(subject, "UTF-8", "B");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }
}
