package org.webmail.journey;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

import org.webmail.support.TestMailbox;

/**
 * alice's conversations for the journeys, appended over IMAP so GreenMail and Dovecot get the same mail: a folder
 * "Threads" with four conversations and 55 single notes (so the conversation list has two pages of 50), and her
 * own messages of two of them in Sent.
 *
 * <ul>
 *   <li>"Offsite planning": Bob asks, alice answers (in Sent), Carol answers alice with References (unread)</li>
 *   <li>"Budget 2027": Bob answers Carol with In-Reply-To only (unread)</li>
 *   <li>"Lost root": two answers to a message the folder does not hold, one of them HTML with a script</li>
 *   <li>"Question for Bob": alice started it (in Sent); Bob's answer is in Threads</li>
 * </ul>
 */
public final class ConversationMail {

    public static final String FOLDER = "Threads";
    static final int NOTES = 55;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final String ALICE = TestMailbox.USER;

    private ConversationMail() {
    }

    /** Fills Threads and Sent unless Threads is already there (one app run, many journeys). */
    public static synchronized void seed(Store store) throws MessagingException {
        Folder threads = store.getFolder(FOLDER);
        if (threads.exists()) {
            return;
        }
        threads.create(Folder.HOLDS_MESSAGES);
        Folder sent = store.getFolder("Sent");
        if (!sent.exists()) {
            sent.create(Folder.HOLDS_MESSAGES);
        }
        List<Message> notes = new ArrayList<>();
        for (int i = 1; i <= NOTES; i++) {
            notes.add(mail("Dave <dave@example.test>", "Note " + String.format("%02d", i), "<note" + i + "@example.test>", null, null,
                    hoursAgo(500 - i), "Note number " + i + ".", true));
        }
        threads.appendMessages(notes.toArray(Message[]::new));
        threads.appendMessages(new Message[] {
            mail("Bob Builder <bob@example.test>", "Offsite planning", "<off1@example.test>", null, null, hoursAgo(30),
                    "Where shall we go for the offsite?", true),
            mail("Carol Danvers <carol@example.test>", "Budget 2027", "<bud1@example.test>", null, null, hoursAgo(20),
                    "Here is the budget draft.", true),
            mail("Carol Danvers <carol@example.test>", "Re: Offsite planning", "<off3@example.test>", "<off2@example.test>",
                    "<off1@example.test> <off2@example.test>", hoursAgo(5), "Lisbon works for me too.", false),
            mail("Bob Builder <bob@example.test>", "Re: Budget 2027", "<bud2@example.test>", "<bud1@example.test>", null,
                    hoursAgo(6), "Numbers look fine.", false),
            mail("Erin <erin@example.test>", "Re: Lost root", "<lost2@example.test>", "<lost-root@example.test>",
                    "<lost-root@example.test>", hoursAgo(9), "I never saw the first message.", true),
            html("Frank <frank@example.test>", "Re: Lost root", "<lost3@example.test>", "<lost-root@example.test>", hoursAgo(8)),
            mail("Bob Builder <bob@example.test>", "Re: Question for Bob", "<q2@example.test>", "<q1@example.test>",
                    "<q1@example.test>", hoursAgo(7), "Yes, Thursday is fine.", true)});
        sent.appendMessages(new Message[] {
            mail("Alice <" + ALICE + ">", "Re: Offsite planning", "<off2@example.test>", "<off1@example.test>", "<off1@example.test>",
                    hoursAgo(10), "How about Lisbon?", true),
            mail("Alice <" + ALICE + ">", "Question for Bob", "<q1@example.test>", null, null, hoursAgo(12),
                    "Can we meet on Thursday?", true)});
    }

    private static Instant hoursAgo(int hours) {
        return NOW.minus(hours, ChronoUnit.HOURS);
    }

    private static Message mail(String from, String subject, String id, String inReplyTo, String references, Instant date,
                                String text, boolean seen) throws MessagingException {
        String eml = "From: " + from + "\r\nTo: " + ALICE + "\r\nSubject: " + subject + "\r\nMessage-ID: " + id + "\r\n"
                + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\n")
                + (references == null ? "" : "References: " + references + "\r\n")
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZone(ZoneOffset.UTC))
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n";
        return parsed(eml, date, seen);
    }

    private static Message html(String from, String subject, String id, String references, Instant date) throws MessagingException {
        String eml = "From: " + from + "\r\nTo: " + ALICE + "\r\nSubject: " + subject + "\r\nMessage-ID: " + id
                + "\r\nReferences: " + references + "\r\nDate: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZone(ZoneOffset.UTC))
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<p>Neither did <b>I</b>.<script>alert(1)</script></p>\r\n";
        return parsed(eml, date, false);
    }

    private static Message parsed(String eml, Instant received, boolean seen) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public Date getReceivedDate() {
                return Date.from(received);
            }
        };
        message.setFlags(seen ? new Flags(Flags.Flag.SEEN) : new Flags(), true);
        return message;
    }
}
