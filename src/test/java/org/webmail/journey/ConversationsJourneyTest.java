package org.webmail.journey;

import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.Store;

import org.webmail.support.GreenMailTestResource;
import org.webmail.support.TestMailbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The conversation journeys against GreenMail, which has no THREAD: the webmail threads the mail itself. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class ConversationsJourneyTest extends ConversationsJourney {

    @Override
    protected Store aliceStore() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", GreenMailTestResource.greenMail().getImap().getPort(), TestMailbox.USER, TestMailbox.PASSWORD);
        return store;
    }

    @Override
    protected String expectedThreading() {
        return "local";
    }
}
