package org.webmail.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Properties;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/**
 * alice's mailbox for the journeys: 120 numbered INBOX messages (so paging has three pages of 50), a few
 * special ones (HTML with a remote image and a cid: image, an attachment with a Portuguese name, a damaged
 * message) and a nested Projects/2026 folder.
 */
public final class TestMailbox {

    public static final String USER = "alice@example.test";
    public static final String PASSWORD = "alice-pass";
    public static final int NUMBERED = 120;
    /** Newest message: arrives last, dated now. */
    public static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private TestMailbox() {
    }

    /** Creates alice (and bob) on an in-process GreenMail and fills alice's mailbox. */
    public static void seed(GreenMail greenMail) {
        greenMail.setUser(USER, USER, PASSWORD);
        greenMail.setUser("bob@example.test", "bob@example.test", "bob-pass");
        greenMail.setUser("carol@example.test", "carol@example.test", "carol-pass");
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect("127.0.0.1", greenMail.getImap().getPort(), USER, PASSWORD);
            try (store) {
                fill(store);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("could not seed the test mailbox", e);
        }
    }

    /** Fills alice's mailbox over IMAP APPEND, so any server (GreenMail, Dovecot) gets the very same mail. */
    public static void fill(Store store) throws MessagingException {
        Folder inbox = store.getFolder("INBOX");
        List<Message> numbered = new ArrayList<>();
        for (int i = 1; i <= NUMBERED; i++) {
            Instant date = NOW.minus(200 - i, ChronoUnit.HOURS);
            String eml = "From: Bob Builder <bob@example.test>\r\nTo: " + USER + "\r\nSubject: Numbered message "
                    + String.format("%03d", i) + "\r\nMessage-ID: <n" + i + "@example.test>\r\nDate: " + rfc822(date)
                    + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nBody of message " + i
                    + ". See https://example.test/docs?id=" + i + " for more.\r\n";
            numbered.add(message(eml, date, i % 3 == 0 ? new Flags(Flags.Flag.SEEN) : new Flags()));
        }
        inbox.appendMessages(numbered.toArray(Message[]::new));
        inbox.appendMessages(new Message[] {
            message(resource("html-remote-cid.eml"), NOW.minusSeconds(30), new Flags()),
            message(resource("attachment-portuguese.eml"), NOW.minusSeconds(20), flagged()),
            message(resource("broken-mime.eml"), NOW.minusSeconds(10), new Flags())});
        char separator = store.getDefaultFolder().getSeparator();
        for (String name : List.of("Projects", "Projects" + separator + "2026", "Sent", "Trash")) {
            Folder folder = store.getFolder(name);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES | Folder.HOLDS_FOLDERS);
            }
        }
        store.getFolder("Projects" + separator + "2026").appendMessages(new Message[] {message("From: carol@example.test\r\nTo: "
                + USER + "\r\nSubject: Roadmap 2026\r\nDate: " + rfc822(NOW) + "\r\n\r\nThe plan.\r\n", NOW, new Flags())});
    }

    /** A parsed message whose INTERNALDATE (used by APPEND) is the given time. */
    private static Message message(String eml, Instant received, Flags flags) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public Date getReceivedDate() {
                return Date.from(received);
            }
        };
        message.setFlags(flags, true);
        return message;
    }

    private static Flags flagged() {
        Flags flags = new Flags(Flags.Flag.FLAGGED);
        flags.add(Flags.Flag.SEEN);
        return flags;
    }

    public static String resource(String name) {
        try (var in = TestMailbox.class.getResourceAsStream("/mailbox/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static String rfc822(Instant instant) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(java.time.ZoneOffset.UTC));
    }
}
