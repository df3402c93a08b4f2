package org.webmail.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

/**
 * alice's mailbox for the journeys: 120 numbered INBOX messages (so paging has three pages of 50), a few
 * special ones (HTML with a remote image and a cid: image, an attachment with a Portuguese name, a damaged
 * message) and a nested Projects/2026 folder.
 */
public final class TestMailbox {

    public static final String USER = "alice@example.test";
    public static final String PASSWORD = "alice-secret";
    public static final int NUMBERED = 120;
    /** Newest message: arrives last, dated now. */
    public static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private TestMailbox() {
    }

    public static void seed(GreenMail greenMail) {
        try {
            GreenMailUser alice = greenMail.setUser(USER, USER, PASSWORD);
            greenMail.setUser("bob@example.test", "bob@example.test", "bob-secret");
            ImapHostManager folders = greenMail.getManagers().getImapHostManager();
            MailFolder inbox = folders.getInbox(alice);
            for (int i = 1; i <= NUMBERED; i++) {
                Instant date = NOW.minus(200 - i, ChronoUnit.HOURS);
                String eml = "From: Bob Builder <bob@example.test>\r\nTo: " + USER + "\r\nSubject: Numbered message "
                        + String.format("%03d", i) + "\r\nMessage-ID: <n" + i + "@example.test>\r\nDate: " + rfc822(date)
                        + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nBody of message " + i
                        + ". See https://example.test/docs?id=" + i + " for more.\r\n";
                inbox.appendMessage(parse(eml), i % 3 == 0 ? new Flags(Flags.Flag.SEEN) : new Flags(), Date.from(date));
            }
            inbox.appendMessage(parse(resource("html-remote-cid.eml")), new Flags(), Date.from(NOW.minusSeconds(30)));
            inbox.appendMessage(parse(resource("attachment-portuguese.eml")), flagged(), Date.from(NOW.minusSeconds(20)));
            inbox.appendMessage(parse(resource("broken-mime.eml")), new Flags(), Date.from(NOW.minusSeconds(10)));
            folders.createMailbox(alice, "Projects");
            MailFolder y2026 = folders.createMailbox(alice, "Projects.2026");
            y2026.appendMessage(parse("From: carol@example.test\r\nTo: " + USER + "\r\nSubject: Roadmap 2026\r\nDate: "
                    + rfc822(NOW) + "\r\n\r\nThe plan.\r\n"), new Flags(), Date.from(NOW));
            folders.createMailbox(alice, "Sent");
            folders.createMailbox(alice, "Trash");
        } catch (Exception e) {
            throw new IllegalStateException("could not seed the test mailbox", e);
        }
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

    private static MimeMessage parse(String eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String rfc822(Instant instant) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(java.time.ZoneOffset.UTC));
    }
}
