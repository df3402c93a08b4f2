package org.webmail.journey;

import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.Store;

import org.webmail.support.GreenMailTestResource;
import org.webmail.support.SearchMailbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The search journeys against the in-process GreenMail. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class SearchJourneyTest extends SearchJourney {

    @Override
    protected Store carolsStore() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", GreenMailTestResource.greenMail().getImap().getPort(), SearchMailbox.USER, SearchMailbox.PASSWORD);
        return store;
    }
}
