package org.webmail.journey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.Store;

import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.Test;
import org.webmail.interop.DovecotTestResource;
import org.webmail.interop.InteropServer;
import org.webmail.support.TestMailbox;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The conversation journeys against the real Dovecot, which offers THREAD=REFERENCES (RFC 5256): the same
 * conversations, in the same order, come out of the server's threading as out of the webmail's own on GreenMail.
 */
@QuarkusTest
@WithTestResource(value = DovecotTestResource.class, initArgs = @ResourceArg(name = "security", value = "TLS"))
class ConversationsOverDovecotIT extends ConversationsJourney {

    @Override
    protected Store aliceStore() throws Exception {
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        Store store = session.getStore("imaps");
        store.connect("localhost", InteropServer.IMAPS_PORT, TestMailbox.USER, TestMailbox.PASSWORD);
        return store;
    }

    @Override
    protected String expectedThreading() {
        return "server";
    }

    @Test
    void dovecotOffersServerSideThreadingAndSorting() throws Exception {
        try (Store store = aliceStore()) {
            assertTrue(((IMAPStore) store).hasCapability("THREAD=REFERENCES"), "THREAD=REFERENCES advertised");
            assertTrue(((IMAPStore) store).hasCapability("SORT"), "SORT advertised");
        }
    }
}
