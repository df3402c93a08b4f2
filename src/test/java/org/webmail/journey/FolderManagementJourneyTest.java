package org.webmail.journey;

import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.Store;

import org.junit.jupiter.api.BeforeEach;
import org.webmail.support.GreenMailTestResource;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The folder journeys against the in-process GreenMail ('.' as hierarchy delimiter), with a mailbox of their own. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class FolderManagementJourneyTest extends FolderManagementJourney {

    static final String USER = "folders@example.test";
    static final String PASSWORD = "folders-pass";

    @BeforeEach
    void aMailboxWithSentAndTrash() throws Exception {
        GreenMail greenMail = GreenMailTestResource.greenMail();
        GreenMailUser user = greenMail.setUser(USER, USER, PASSWORD);
        var host = greenMail.getManagers().getImapHostManager();
        for (String name : java.util.List.of("Sent", "Trash", "Drafts")) {
            if (host.getFolder(user, name) == null) {
                host.createMailbox(user, name);
            }
        }
    }

    @Override
    protected String user() {
        return USER;
    }

    @Override
    protected String password() {
        return PASSWORD;
    }

    @Override
    protected Store serverStore() throws Exception {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", GreenMailTestResource.greenMail().getImap().getPort(), USER, PASSWORD);
        return store;
    }
}
