package org.webmail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.Mailboxes.ALICE_CREDENTIALS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/** What sending and drafts ask of the store: append, flag, remove one message, find Drafts and Sent. */
class MailStoreWritesTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = Mailboxes.greenMail();

    private ImapRig rig;

    @BeforeEach
    void connect() throws Exception {
        Mailboxes.alice(greenMail);
        Mailboxes.folder(greenMail, "Drafts");
        Mailboxes.folder(greenMail, "Sent");
        rig = ImapRig.plain(greenMail.getImap().getPort());
    }

    @AfterEach
    void disconnect() {
        rig.close();
    }

    @Test
    void anAppendedMessageArrivesByteForByteWithItsFlagsAndUid() throws Exception {
        String eml = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: Draft one\r\nMessage-ID: <d1@example.test>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHalf-written thoughts.\r\n";
        Path file = Files.createTempFile("append", ".eml");
        Files.writeString(file, eml, StandardCharsets.UTF_8);
        long uid = rig.store.append(ALICE_CREDENTIALS, "Drafts", file, Set.of(MessageFlag.DRAFT, MessageFlag.SEEN));
        assertTrue(uid > 0, "UIDPLUS gives the new UID");
        try (SpooledContent source = rig.store.source(ALICE_CREDENTIALS, "Drafts", uid)) {
            assertEquals(eml, Files.readString(source.file(), StandardCharsets.UTF_8));
        }
        List<MessageSummary> rows = rig.store.listMessages(ALICE_CREDENTIALS, "Drafts", 1, 50).messages();
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).seen());
        assertEquals("<d1@example.test>", rig.store.threadingHeaders(ALICE_CREDENTIALS, "Drafts", uid).messageId());
    }

    @Test
    void removingOneMessageLeavesTheOthers() throws Exception {
        long keep = Mailboxes.append(greenMail, "INBOX", Mailboxes.text("Bob", "bob@example.test", "Keep me", Instant.now(), "k"), false);
        long drop = Mailboxes.append(greenMail, "INBOX", Mailboxes.text("Bob", "bob@example.test", "Drop me", Instant.now(), "d"), false);
        rig.store.remove(ALICE_CREDENTIALS, "INBOX", drop);
        List<MessageSummary> rows = rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 1, 50).messages();
        assertEquals(List.of(keep), rows.stream().map(MessageSummary::uid).toList());
    }

    @Test
    void flagsAddedShowInTheList() throws Exception {
        long uid = Mailboxes.append(greenMail, "INBOX", Mailboxes.text("Bob", "bob@example.test", "Question", Instant.now(), "?"), false);
        rig.store.addFlags(ALICE_CREDENTIALS, "INBOX", uid, Set.of(MessageFlag.ANSWERED));
        MessageSummary row = rig.store.listMessages(ALICE_CREDENTIALS, "INBOX", 1, 50).messages().get(0);
        assertTrue(row.answered());
        assertFalse(row.seen());
    }

    @Test
    void specialFoldersAreFoundByRole() {
        assertEquals("Drafts", rig.store.folderWithRole(ALICE_CREDENTIALS, FolderRole.DRAFTS).orElseThrow());
        assertEquals("Sent", rig.store.folderWithRole(ALICE_CREDENTIALS, FolderRole.SENT).orElseThrow());
        assertTrue(rig.store.folderWithRole(ALICE_CREDENTIALS, FolderRole.ARCHIVE).isEmpty());
    }

    @Test
    void threadingHeadersListReferencesInOrder() throws Exception {
        var reply = Mailboxes.text("Bob", "bob@example.test", "Re: Plan", Instant.now(), "yes");
        reply.setHeader("Message-ID", "<r2@example.test>");
        reply.setHeader("References", "<a@example.test>\r\n <b@example.test>");
        long uid = Mailboxes.append(greenMail, "INBOX", reply, false);
        MessageHeaders headers = rig.store.threadingHeaders(ALICE_CREDENTIALS, "INBOX", uid);
        assertEquals("<r2@example.test>", headers.messageId());
        assertEquals(List.of("<a@example.test>", "<b@example.test>"), headers.references());
    }
}
