package org.webmail.imap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.Mailboxes.ALICE;
import static org.webmail.imap.Mailboxes.ALICE_CREDENTIALS;
import static org.webmail.imap.Mailboxes.PASSWORD;

/**
 * Implicit TLS against GreenMail serving the build's self-signed certificate (CN=localhost, IP 127.0.0.1), made by
 * the certificate generator plugin in generate-resources: trusted only through webmail.imap.trust-pem.
 */
class TlsTest {

    private static final Path CERTS = Path.of("target", "certs");
    private static GreenMail greenMail;

    @BeforeAll
    static void startImaps() {
        assertTrue(Files.exists(CERTS.resolve("webmail-keystore.p12")), "the build generates target/certs before the tests");
        // GreenMail reads its server key from these properties once per JVM; no other test here uses IMAPS.
        System.setProperty("greenmail.tls.keystore.file", CERTS.resolve("webmail-keystore.p12").toString());
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS).dynamicPort());
        greenMail.start();
        greenMail.setUser(ALICE, ALICE, PASSWORD);
    }

    @AfterAll
    static void stopImaps() {
        greenMail.stop();
    }

    private static TestServer imaps(String host, Path trustPem) {
        return TestServer.plain(greenMail.getImaps().getPort()).withSecurity(host, MailServerSettings.Security.TLS, trustPem);
    }

    @Test
    void a_server_certificate_from_the_CA_in_trust_pem_is_accepted() {
        try (ImapRig rig = new ImapRig(imaps("127.0.0.1", CERTS.resolve("webmail-ca.crt")), TestPool.defaults())) {
            assertEquals("INBOX", rig.store.folders(ALICE_CREDENTIALS).get(0).path());
        }
    }

    @Test
    void without_trust_pem_a_self_signed_certificate_is_refused_with_a_plain_message() {
        try (ImapRig rig = new ImapRig(imaps("127.0.0.1", null), TestPool.defaults())) {
            MailServerUnavailableException refused =
                    assertThrows(MailServerUnavailableException.class, () -> rig.store.folders(ALICE_CREDENTIALS));
            assertEquals("A secure connection to the mail server could not be established (certificate or TLS problem).",
                    refused.getMessage());
        }
    }

    @Test
    void a_trusted_certificate_for_another_host_name_is_refused() throws Exception {
        // 127.0.0.2 reaches the same server through a relay, but the certificate names only localhost and 127.0.0.1
        try (ImapWireTap relay = new ImapWireTap(greenMail.getImaps().getPort(), InetAddress.getByName("127.0.0.2"));
             ImapRig rig = new ImapRig(TestServer.plain(relay.port())
                     .withSecurity("127.0.0.2", MailServerSettings.Security.TLS, CERTS.resolve("webmail-ca.crt")), TestPool.defaults())) {
            MailServerUnavailableException refused =
                    assertThrows(MailServerUnavailableException.class, () -> rig.store.folders(ALICE_CREDENTIALS));
            assertEquals("A secure connection to the mail server could not be established (certificate or TLS problem).",
                    refused.getMessage());
            assertEquals(0, relay.count("^LOGIN|^AUTHENTICATE"));
        }
    }

    @Test
    void STARTTLS_required_refuses_a_server_that_does_not_offer_it_before_sending_the_password() throws Exception {
        GreenMail plainServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
        plainServer.start();
        try (ImapWireTap tap = new ImapWireTap(plainServer.getImap().getPort());
             ImapRig rig = new ImapRig(TestServer.plain(tap.port())
                     .withSecurity("127.0.0.1", MailServerSettings.Security.STARTTLS, null), TestPool.defaults())) {
            assertThrows(MailServerUnavailableException.class, () -> rig.store.folders(ALICE_CREDENTIALS));
            assertEquals(0, tap.count("^LOGIN|^AUTHENTICATE"));
        } finally {
            plainServer.stop();
        }
    }
}
