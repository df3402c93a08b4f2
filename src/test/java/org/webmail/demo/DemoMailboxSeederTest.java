package org.webmail.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seeds a GreenMail account and looks at it the way the webmail will: over IMAP with Jakarta Mail. */
class DemoMailboxSeederTest {

    private static final String USER = "demo@example.test";
    private static final Instant NOW = Instant.parse("2026-03-20T10:15:30Z");

    private static GreenMail greenMail;
    private static Map<String, Integer> seeded;
    private static Store store;
    private static Message[] inbox;

    @BeforeAll
    static void seedAndConnect() throws Exception {
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        GreenMailUser user = greenMail.setUser(USER, USER, "demo");
        seeded = new DemoMailboxSeeder(greenMail.getManagers().getImapHostManager()).seed(user, NOW);
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "10000");
        props.put("mail.imap.timeout", "10000");
        props.put("mail.imap.writetimeout", "10000");
        store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), USER, "demo");
        Folder folder = store.getFolder("INBOX");
        folder.open(Folder.READ_ONLY);
        inbox = folder.getMessages();
        // One FETCH for all envelopes, as a message list does, instead of a round trip per subject.
        FetchProfile envelopes = new FetchProfile();
        envelopes.add(FetchProfile.Item.ENVELOPE);
        folder.fetch(inbox, envelopes);
    }

    @AfterAll
    static void disconnect() throws Exception {
        store.close();
        greenMail.stop();
    }

    @Test
    void everyFolderExistsWithMoreThanThreeHundredMessagesInAll() throws Exception {
        List<String> names = Arrays.stream(store.getDefaultFolder().list("*")).map(Folder::getFullName).toList();
        char delimiter = store.getDefaultFolder().getSeparator();
        int total = 0;
        for (String path : DemoFolders.ALL) {
            String name = path.replace('/', delimiter);
            assertTrue(names.contains(name), name + " is listed in " + names);
            Folder folder = store.getFolder(name);
            assertEquals(seeded.get(path), folder.getMessageCount(), "messages in " + path);
            total += folder.getMessageCount();
        }
        assertTrue(total >= 300, "total " + total);
        assertTrue(store.getFolder("INBOX").getMessageCount() > total / 2, "most mail is in INBOX");
    }

    @Test
    void projectsHasA2026ChildAndMailOfItsOwn() throws Exception {
        Folder projects = store.getFolder("Projects");
        List<String> children = Arrays.stream(projects.list()).map(Folder::getName).toList();
        assertEquals(List.of("2026"), children);
        assertTrue(projects.getMessageCount() >= 3, "Projects holds a few messages itself");
        assertTrue(projects.list()[0].getMessageCount() >= 10, "Projects/2026 holds more");
    }

    @Test
    void aboutOneInFiveMessagesIsUnreadAndSomeAreFlagged() throws Exception {
        int total = 0;
        int unread = 0;
        int flagged = 0;
        for (Folder folder : store.getDefaultFolder().list("*")) {
            folder.open(Folder.READ_ONLY);
            total += folder.getMessageCount();
            unread += folder.getUnreadMessageCount();
            flagged += folder.search(new FlagTerm(new Flags(Flags.Flag.FLAGGED), true)).length;
            folder.close(false);
        }
        double share = unread / (double) total;
        assertTrue(share > 0.12 && share < 0.30, "unread share " + share);
        assertTrue(flagged >= 5, "flagged " + flagged);
    }

    @Test
    void japaneseSubjectAndSenderDecode() throws Exception {
        Message minutes = inboxMessage("会議の議事録");
        InternetAddress from = (InternetAddress) minutes.getFrom()[0];
        assertEquals("山田太郎", from.getPersonal());
        assertTrue(((String) minutes.getContent()).contains("本日の会議の議事録をお送りします"));
        Message reply = inboxMessage("Re: 会議の議事録");
        assertTrue(reply.getHeader("References")[0].contains(((MimeMessage) minutes).getMessageID()),
                "the reply's References name the opening message");
    }

    @Test
    void portugueseReportCarriesAnRfc2231NamedPdf() throws Exception {
        Message report = inboxMessage("Relatório de vendas — março");
        assertEquals("João Conceição", ((InternetAddress) report.getFrom()[0]).getPersonal());
        Part pdf = attachmentNamed((Multipart) report.getContent(), "relatório final.pdf");
        try (InputStream in = pdf.getInputStream()) {
            assertEquals("%PDF-", new String(in.readNBytes(5), StandardCharsets.US_ASCII));
        }
        String disposition = pdf.getHeader("Content-Disposition")[0];
        assertTrue(disposition.contains("filename*=UTF-8''relat%C3%B3rio%20final.pdf"), disposition);
    }

    @Test
    void brokenAndOddMessagesAreServedAnyway() throws Exception {
        Message broken = inboxMessage("Monthly export (legacy system)");
        assertTrue(broken.getContentType().startsWith("multipart/mixed"));
        assertTrue(broken.getSize() > 0);
        Message odd = inboxMessage("Shipping notice (odd charset)");
        assertTrue(odd.getContentType().contains("x-legacy-erp-8"));
    }

    private static Message inboxMessage(String subject) throws Exception {
        for (Message message : inbox) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        throw new AssertionError("No message with subject " + subject + " among " + inbox.length);
    }

    private static Part attachmentNamed(Multipart multipart, String name) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                return part;
            }
        }
        throw new AssertionError("No attachment named " + name);
    }
}
