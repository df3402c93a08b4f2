package org.webmail.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Mail against the real Dovecot of src/test/interop (start it first; run with ./mvnw verify -Pinterop):
 * TLS on both ports, the test CA, the special-use folders of RFC 6154.
 */
class DovecotSmokeIT {

    private static final String USER = "alice@example.test";
    private static final String PASSWORD = "alice-pass";

    @Test
    void implicitTlsLoginListsTheSpecialUseFolders() throws Exception {
        Properties props = InteropServer.mailProperties("imaps", InteropServer.trustingTestCa());
        try (Store store = Session.getInstance(props).getStore("imaps")) {
            store.connect(InteropServer.HOST, InteropServer.IMAPS_PORT, USER, PASSWORD);
            assertSpecialUseFolders(store);
        }
    }

    @Test
    void startTlsLoginOnThePlainPortUpgradesBeforeAuthenticating() throws Exception {
        Properties props = InteropServer.mailProperties("imap", InteropServer.trustingTestCa());
        props.put("mail.imap.starttls.enable", "true");
        props.put("mail.imap.starttls.required", "true");
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect(InteropServer.HOST, InteropServer.IMAP_STARTTLS_PORT, USER, PASSWORD);
            assertTrue(((IMAPStore) store).isSSL(), "the session runs over TLS after STARTTLS");
            assertSpecialUseFolders(store);
        }
    }

    @Test
    void serverCertificateIsNotTrustedWithoutTheTestCa() throws Exception {
        Properties props = InteropServer.mailProperties("imaps", null);
        try (Store store = Session.getInstance(props).getStore("imaps")) {
            MessagingException refused = assertThrows(MessagingException.class,
                    () -> store.connect(InteropServer.HOST, InteropServer.IMAPS_PORT, USER, PASSWORD));
            assertTrue(causedBy(refused, SSLHandshakeException.class), "refused in the TLS handshake: " + refused);
        }
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        Properties props = InteropServer.mailProperties("imaps", InteropServer.trustingTestCa());
        try (Store store = Session.getInstance(props).getStore("imaps")) {
            assertThrows(AuthenticationFailedException.class,
                    () -> store.connect(InteropServer.HOST, InteropServer.IMAPS_PORT, USER, "not-" + PASSWORD));
        }
    }

    private static void assertSpecialUseFolders(Store store) throws MessagingException {
        Folder root = store.getDefaultFolder();
        assertEquals('/', root.getSeparator(), "hierarchy separator");
        Map<String, List<String>> attributes = new HashMap<>();
        for (Folder folder : root.list("*")) {
            attributes.put(folder.getFullName(), Arrays.asList(((IMAPFolder) folder).getAttributes()));
        }
        assertTrue(attributes.containsKey("INBOX"), "INBOX in " + attributes.keySet());
        Map<String, String> expected = Map.of("Drafts", "\\Drafts", "Sent", "\\Sent", "Junk", "\\Junk",
                "Trash", "\\Trash", "Archive", "\\Archive");
        expected.forEach((name, use) -> assertTrue(attributes.getOrDefault(name, List.of()).contains(use),
                name + " is " + use + ": " + attributes.get(name)));
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
