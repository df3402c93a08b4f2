package org.webmail.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.webmail.account.Identity;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailServerUnavailableException;
import org.webmail.imap.MailStore;
import org.webmail.imap.MailStoreRig;
import org.webmail.imap.MessageSummary;
import org.webmail.message.render.MailHtmlSanitizer;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.webmail.support.EnglishWords;

/** Drafts against a real IMAP server (GreenMail): the newer version is appended before the older is removed. */
class DraftsTest {

    static final String ALICE = "alice@example.test";
    static final MailCredentials CREDENTIALS = MailCredentials.password(ALICE, "secret");
    static final Identity MAIN = new Identity(1, "Alice", ALICE, null, "", "", true);
    static final Identity WORK = new Identity(2, "Alice at Work", "alice@work.example", null, "", "", false);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(ALICE, ALICE, "secret"));

    MailStoreRig rig;
    final List<String> calls = new ArrayList<>();
    boolean appendFails;
    ComposeSessions sessions = new ComposeSessions();

    @BeforeEach
    void connect() throws Exception {
        var host = greenMail.getManagers().getImapHostManager();
        host.createMailbox(greenMail.getUserManager().getUser(ALICE), "Drafts");
        rig = MailStoreRig.plain(greenMail.getImap().getPort());
    }

    @AfterEach
    void disconnect() {
        rig.close();
    }

    /** The real store, with each append/remove written down in order (and append broken on demand). */
    MailStore watched() {
        MailStore real = rig.store();
        return (MailStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {MailStore.class}, (proxy, method, args) -> {
            if (method.getName().equals("append") || method.getName().equals("remove")) {
                calls.add(method.getName() + " " + args[1] + (method.getName().equals("remove") ? "/" + args[2] : ""));
                if (appendFails && method.getName().equals("append")) {
                    throw new MailServerUnavailableException("connection refused", null);
                }
            }
            try {
                return method.invoke(real, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    Drafts drafts() {
        return new Drafts(watched(), new MessageAssembler(new MailHtmlSanitizer()), new TestIdentities(ALICE, List.of(MAIN, WORK)));
    }

    List<MessageSummary> draftsFolder() {
        return rig.store().listMessages(CREDENTIALS, "Drafts", 1, 50).messages();
    }

    @Test
    void aNewerDraftIsAppendedBeforeTheOlderOneIsRemoved() {
        ComposeSession session = sessions.open(ALICE);
        session.form().update(1L, "bob@example.test", "", "", "Plans", "First words", "");
        Drafts drafts = drafts();
        DraftRef first = drafts.save(CREDENTIALS, ALICE, session);
        session.form().update(1L, "bob@example.test", "", "", "Plans", "First words, then more", "");
        DraftRef second = drafts.save(CREDENTIALS, ALICE, session);
        assertNotEquals(first.uid(), second.uid());
        assertEquals(List.of("append Drafts", "append Drafts", "remove Drafts/" + first.uid()), calls);
        List<MessageSummary> left = draftsFolder();
        assertEquals(1, left.size());
        assertEquals(second.uid(), left.get(0).uid());
        assertTrue(left.get(0).seen());
    }

    @Test
    void whenTheNewAppendFailsTheOlderDraftStaysAndTheFormIsUntouched() {
        ComposeSession session = sessions.open(ALICE);
        session.form().update(1L, "bob@", "", "", "Half", "Half a thought", "");
        Drafts drafts = drafts();
        DraftRef first = drafts.save(CREDENTIALS, ALICE, session);
        appendFails = true;
        session.form().update(1L, "bob@", "", "", "Half", "Half a thought, and more", "");
        ComposeProblem problem = assertThrows(ComposeProblem.class, () -> drafts.save(CREDENTIALS, ALICE, session));
        assertTrue(problem.problems().get(0).in(EnglishWords.of(ComposeMessages.class)).contains("Everything you wrote is still here"));
        assertEquals(first, session.form().draft);
        assertEquals("Half a thought, and more", session.form().body);
        assertEquals(List.of(first.uid()), draftsFolder().stream().map(MessageSummary::uid).toList());
    }

    @Test
    void aResumedDraftHasItsFieldsBodyAndAttachments() throws Exception {
        ComposeSession session = sessions.open(ALICE);
        ComposeForm form = session.form();
        form.update(2L, "José <jose@bücher.example>, bob@", "carol@example.test", "dave@example.test", "Relatório",
                "A paragraph long enough to be wrapped by format=flowed into more than one line when it is saved.\n> quoted\nbye", "");
        form.inReplyTo = "<b2@example.test>";
        form.references = List.of("<a1@example.test>", "<b2@example.test>");
        form.original = new OriginalMessage("INBOX", 7, false);
        Path pdf = session.newFile();
        byte[] data = {'%', 'P', 'D', 'F', 0, (byte) 0xe9};
        Files.write(pdf, data);
        form.attachments.add(new Attachment("relatório final.pdf", "application/pdf", pdf, data.length));
        DraftRef saved = drafts().save(CREDENTIALS, ALICE, session);

        ComposeSession resumed = sessions.open(ALICE);
        drafts().resume(CREDENTIALS, ALICE, saved.folder(), saved.uid(), resumed);
        ComposeForm back = resumed.form();
        assertEquals(2L, back.identityId);
        assertEquals("José <jose@bücher.example>, bob@", back.to);
        assertEquals("carol@example.test", back.cc);
        assertEquals("dave@example.test", back.bcc);
        assertEquals("Relatório", back.subject);
        assertEquals(form.body, back.body);
        assertEquals("<b2@example.test>", back.inReplyTo);
        assertEquals(form.references, back.references);
        assertEquals(form.original, back.original);
        assertEquals(saved, back.draft);
        assertEquals(1, back.attachments.size());
        assertEquals("relatório final.pdf", back.attachments.get(0).name());
        assertEquals("application/pdf", back.attachments.get(0).contentType());
        assertArrayEquals(data, Files.readAllBytes(back.attachments.get(0).file()));
    }
}
