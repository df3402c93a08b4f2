package org.webmail.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The hostile mail corpus (src/test/resources/mail/hostile/NNN-class-slug.eml) in a mailbox of its own: every file
 * is appended over IMAP exactly as written, and each file is found again by its Message-ID
 * ({@code <hostile-NNN@corpus.example.test>}), so a test can name the file that failed.
 */
public final class HostileCorpus {

    private HostileCorpus() {
    }

    /** The corpus file names, sorted (their numbers are their order). */
    public static List<String> files() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three-digit number a file's name and Subject start with. */
    public static String number(String file) {
        return file.substring(0, 3);
    }

    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(folder().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code user} on GreenMail, appends the whole corpus to its INBOX and answers file name → UID. */
    public static Map<String, Long> deliver(GreenMail greenMail, String user, String password) {
        greenMail.setUser(user, user, password);
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "30000");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", greenMail.getImap().getPort(), user, password);
            Folder inbox = store.getFolder("INBOX");
            List<Message> messages = files().stream().map(f -> parse(session, f)).toList();
            inbox.appendMessages(messages.toArray(Message[]::new));
            return uids(inbox);
        } catch (MessagingException e) {
            throw new IllegalStateException("could not deliver the hostile corpus", e);
        }
    }

    private static Map<String, Long> uids(Folder inbox) throws MessagingException {
        Map<String, String> byNumber = new HashMap<>();
        files().forEach(f -> byNumber.put(number(f), f));
        Map<String, Long> uids = new HashMap<>();
        inbox.open(Folder.READ_ONLY);
        try {
            for (Message message : inbox.getMessages()) {
                String[] ids = message.getHeader("Message-ID");
                if (ids != null && ids[0].matches("<hostile-\\d{3}@corpus\\.example\\.test>")) {
                    uids.put(byNumber.get(ids[0].substring(9, 12)), ((UIDFolder) inbox).getUID(message));
                }
            }
        } finally {
            inbox.close(false);
        }
        return uids;
    }

    /** Parsed only to be appended: an unmodified MimeMessage writes back the very bytes it was read from. */
    private static Message parse(Session session, String file) {
        try (InputStream in = Files.newInputStream(folder().resolve(file))) {
            return new MimeMessage(session, in);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(file, e);
        }
    }

    private static Path folder() {
        try {
            return Path.of(HostileCorpus.class.getResource("/mail/hostile").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
