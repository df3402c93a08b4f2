package org.webmail.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

/**
 * A fresh GreenMail user per journey, so actions that move and delete mail never disturb another journey's counts.
 * Folders and messages are put in place and read back through GreenMail itself, not through the webmail.
 */
final class OwnMailbox {

    private static final AtomicInteger NEXT = new AtomicInteger();
    static final String PASSWORD = "own-pass";

    final String address;
    private final GreenMailUser user;
    private final ImapHostManager host;

    private OwnMailbox(GreenMail greenMail) {
        this.address = "organiser" + NEXT.incrementAndGet() + "@example.test";
        this.user = greenMail.setUser(address, address, PASSWORD);
        this.host = greenMail.getManagers().getImapHostManager();
    }

    static OwnMailbox create(String... folders) throws Exception {
        OwnMailbox mailbox = new OwnMailbox(GreenMailTestResource.greenMail());
        for (String folder : folders) {
            mailbox.folder(folder);
        }
        return mailbox;
    }

    Browser signIn() {
        return new Browser().signedIn(address, PASSWORD);
    }

    /** GreenMail's delimiter is '.'; paths here use it directly. */
    MailFolder folder(String name) throws Exception {
        if (name.equalsIgnoreCase("INBOX")) {
            return host.getInbox(user);
        }
        MailFolder existing = host.getFolder(user, name);
        return existing != null ? existing : host.createMailbox(user, name);
    }

    boolean exists(String name) {
        return host.getFolder(user, name) != null;
    }

    /** Appends unread messages "Subject 1".. to a folder; returns their UIDs in order. */
    List<Long> fill(String name, String subject, int count) throws Exception {
        List<Long> uids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom("bob@example.test");
            message.setRecipients(MimeMessage.RecipientType.TO, address);
            message.setSubject(subject + " " + i);
            message.setSentDate(Date.from(Instant.now().minusSeconds(600 - i)));
            message.setText("Body " + i);
            message.saveChanges();
            uids.add(folder(name).appendMessage(message, new Flags(), message.getSentDate()));
        }
        return uids;
    }

    List<StoredMessage> messages(String name) throws Exception {
        return exists(name) || name.equalsIgnoreCase("INBOX") ? folder(name).getMessages() : List.of();
    }

    List<String> subjects(String name) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (StoredMessage m : messages(name)) {
            subjects.add(m.getMimeMessage().getSubject());
        }
        return subjects;
    }

    boolean has(String name, long uid, Flags.Flag flag) throws Exception {
        return messages(name).stream().filter(m -> m.getUid() == uid).findFirst().orElseThrow().getFlags().contains(flag);
    }
}
