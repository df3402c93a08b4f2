package org.webmail.journey;

import jakarta.mail.Session;
import jakarta.mail.Store;

import org.webmail.interop.DovecotTestResource;
import org.webmail.interop.InteropServer;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The folder journeys against the real Dovecot ('/' as delimiter, RFC 6154 special-use folders created on login)
 * over implicit TLS, in a mailbox no other journey reads (user19 of src/test/interop/dovecot/users).
 */
@QuarkusTest
@WithTestResource(value = DovecotTestResource.class, initArgs = @ResourceArg(name = "security", value = "TLS"))
class FolderManagementOverTlsIT extends FolderManagementJourney {

    static final String USER = "user19@example.test";
    static final String PASSWORD = "user-pass";

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
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        Store store = session.getStore("imaps");
        store.connect("localhost", InteropServer.IMAPS_PORT, USER, PASSWORD);
        return store;
    }
}
