package org.webmail.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The demo server as the application starts it: loopback, the configured account, a full INBOX, gone after stop. */
class DemoMailServerTest {

    /** Port 0 lets the OS choose, so the test never collides with a running dev instance. */
    private record Mode(boolean enabled, int imapPort, int smtpPort, String username, String password) implements DemoMode {
    }

    @Test
    void signsInWithTheDemoCredentialsAndStopsCleanly() throws Exception {
        DemoMailServer server = new DemoMailServer(new Mode(true, 0, 0, "demo@example.test", "demo"));
        server.start();
        int port = server.imapPort();
        try {
            assertTrue(port > 0);
            try (Store store = session().getStore("imap")) {
                store.connect("127.0.0.1", port, "demo@example.test", "demo");
                Folder inbox = store.getFolder("INBOX");
                assertTrue(inbox.getMessageCount() > 150, "INBOX has " + inbox.getMessageCount());
            }
        } finally {
            server.stop();
        }
        assertEquals(-1, server.imapPort());
        try (Store store = session().getStore("imap")) {
            assertThrows(MessagingException.class, () -> store.connect("127.0.0.1", port, "demo@example.test", "demo"));
        }
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        DemoMailServer server = new DemoMailServer(new Mode(true, 0, 0, "demo@example.test", "demo"));
        server.start();
        try (Store store = session().getStore("imap")) {
            assertThrows(jakarta.mail.AuthenticationFailedException.class,
                    () -> store.connect("127.0.0.1", server.imapPort(), "demo@example.test", "wrong"));
        } finally {
            server.stop();
        }
    }

    private static Session session() {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        props.put("mail.imap.writetimeout", "5000");
        return Session.getInstance(props);
    }
}
