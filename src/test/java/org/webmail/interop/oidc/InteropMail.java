package org.webmail.interop.oidc;

import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;

import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.imap.IMAPSSLStore;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.webmail.interop.InteropServer;

/**
 * Plain Jakarta Mail against the interop Dovecot and Postfix, signing in as the webmail does: with an OAuth 2.0 token
 * (Angus Mail's built-in SASL XOAUTH2, the token goes where a password would) or as the master user, optionally
 * naming the end user's address; plus a marker message to tell whose mailbox a login opened.
 */
final class InteropMail {

    private static final long DELIVERY_TIMEOUT_MILLIS = 20_000;

    private InteropMail() {
    }

    /** An IMAP store signed in with XOAUTH2: "imaps" on 10993, or "imap" on 10143 with STARTTLS required. */
    static Store imap(String protocol, String email, String accessToken) throws Exception {
        Properties props = InteropServer.mailProperties(protocol, InteropServer.trustingTestCa());
        props.put("mail." + protocol + ".auth.mechanisms", "XOAUTH2"); // Angus offers XOAUTH2 only when named
        boolean implicitTls = protocol.equals("imaps");
        if (!implicitTls) {
            props.put("mail.imap.starttls.enable", "true");
            props.put("mail.imap.starttls.required", "true");
        }
        Store store = Session.getInstance(props).getStore(protocol);
        store.connect(InteropServer.HOST, implicitTls ? InteropServer.IMAPS_PORT : InteropServer.IMAP_STARTTLS_PORT,
                email, accessToken);
        return store;
    }

    /**
     * An IMAPS store (not yet connected) that sends IMAP ID "x-originating-ip" (RFC 2971) before it authenticates,
     * as the webmail does for its users. Dovecot believes it from 127.0.0.1 (login_trusted_networks) and charges a
     * failed login's growing penalty to that address instead of 127.0.0.1, so refusal tests given addresses of their
     * own (192.0.2.0/24, RFC 5737; a label, never contacted) do not slow down the logins of the tests after them.
     */
    static Store imapsFrom(String clientAddress, Properties extra) throws Exception {
        Properties props = InteropServer.mailProperties("imaps", InteropServer.trustingTestCa());
        props.putAll(extra);
        URLName server = new URLName("imaps", InteropServer.HOST, InteropServer.IMAPS_PORT, null, null, null);
        return new IMAPSSLStore(Session.getInstance(props), server) {
            @Override
            protected void preLogin(IMAPProtocol protocol) throws ProtocolException {
                protocol.id(Map.of("name", "webmail interop test", "x-originating-ip", clientAddress));
            }
        };
    }

    /** XOAUTH2 login on IMAPS for the end user at {@code clientAddress}, see {@link #imapsFrom}. */
    static Store imapsWithTokenFrom(String clientAddress, String email, String accessToken) throws Exception {
        Properties xoauth2 = new Properties();
        xoauth2.put("mail.imaps.auth.mechanisms", "XOAUTH2");
        Store store = imapsFrom(clientAddress, xoauth2);
        store.connect(InteropServer.HOST, InteropServer.IMAPS_PORT, email, accessToken);
        return store;
    }

    /** Submission with SMTP AUTH {@code mechanism}: "smtps" on 10465, or "smtp" on 10587 with STARTTLS required. */
    static Session submission(String protocol, String mechanism) throws Exception {
        Properties props = InteropServer.mailProperties(protocol, InteropServer.trustingTestCa());
        boolean implicitTls = protocol.equals("smtps");
        props.put("mail." + protocol + ".host", InteropServer.HOST);
        props.put("mail." + protocol + ".port",
                String.valueOf(implicitTls ? InteropServer.SUBMISSIONS_PORT : InteropServer.SUBMISSION_PORT));
        props.put("mail." + protocol + ".auth", "true");
        props.put("mail." + protocol + ".auth.mechanisms", mechanism);
        if (!implicitTls) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        return Session.getInstance(props);
    }

    static MimeMessage message(Session session, String from, String to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("Sent by an OIDC interop test " + UUID.randomUUID());
        message.saveChanges(); // assigns the Message-ID the recipient's INBOX is searched for
        return message;
    }

    /** Puts a message into the INBOX of {@code email}, signed in with the mail password; returns its Message-ID. */
    static String plantMarker(String email, String mailPassword) throws Exception {
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        MimeMessage marker = message(session, email, email, "marker for " + email);
        try (Store store = session.getStore("imaps")) {
            store.connect(InteropServer.HOST, InteropServer.IMAPS_PORT, email, mailPassword);
            Folder inbox = store.getFolder("INBOX");
            inbox.appendMessages(new Message[] {marker});
        }
        return marker.getMessageID();
    }

    /**
     * Whether the signed-in store's INBOX holds the message with this Message-ID, waiting up to 20 s for an
     * asynchronous delivery; a found message is deleted, so the mailbox stays as it was.
     */
    static boolean takeFromInbox(Store store, String messageId) throws Exception {
        long deadline = System.currentTimeMillis() + DELIVERY_TIMEOUT_MILLIS;
        while (true) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                Message[] found = inbox.search(new HeaderTerm("Message-ID", messageId));
                if (found.length > 0) {
                    inbox.setFlags(found, new Flags(Flags.Flag.DELETED), true);
                    return true;
                }
            } finally {
                inbox.close(true);
            }
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
    }
}
