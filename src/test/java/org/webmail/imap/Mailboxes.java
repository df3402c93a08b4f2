package org.webmail.imap;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/** Alice's mailbox on an in-process GreenMail, and messages to put in it. */
final class Mailboxes {

    static final String ALICE = "alice@example.test";
    static final String PASSWORD = "secret";
    static final MailCredentials ALICE_CREDENTIALS = MailCredentials.password(ALICE, PASSWORD);
    private static final Session PARSING = Session.getInstance(new Properties());

    private Mailboxes() {
    }

    /** GreenMail IMAP on a free port with Alice as its user; fresh for every test method. */
    static GreenMailExtension greenMail() {
        return new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(ALICE, ALICE, PASSWORD));
    }

    static GreenMailUser alice(GreenMailOperations greenMail) {
        return greenMail.getUserManager().getUser(ALICE);
    }

    /** Creates a folder (and its parents); GreenMail's delimiter is '.'. */
    static MailFolder folder(GreenMailOperations greenMail, String serverName) throws Exception {
        var host = greenMail.getManagers().getImapHostManager();
        GreenMailUser alice = alice(greenMail);
        if (serverName.equalsIgnoreCase("INBOX")) {
            return host.getInbox(alice);
        }
        MailFolder existing = host.getFolder(alice, serverName);
        return existing != null ? existing : host.createMailbox(alice, serverName);
    }

    static long append(GreenMailOperations greenMail, String serverName, MimeMessage message, boolean seen) throws Exception {
        Flags flags = seen ? new Flags(Flags.Flag.SEEN) : new Flags();
        return folder(greenMail, serverName).appendMessage(message, flags, message.getSentDate());
    }

    static MimeMessage text(String fromName, String fromAddress, String subject, Instant date, String body)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(PARSING);
        message.setFrom(new InternetAddress(fromAddress, fromName, "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(ALICE, "Alice", "UTF-8"));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(Date.from(date));
        message.setText(body, "UTF-8");
        message.saveChanges();
        return message;
    }

    static MimeMessage withAttachment(String subject, Instant date, String fileName, byte[] content, String contentType)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = text("Bob", "bob@example.test", subject, date, "see attached");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("see attached", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, contentType)));
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        file.setFileName(fileName);
        file.setHeader("Content-Transfer-Encoding", "base64");
        message.setContent(new MimeMultipart(text, file));
        message.saveChanges();
        return message;
    }
}
