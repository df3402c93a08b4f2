package org.webmail.imap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.webmail.imap.Mailboxes.ALICE;
import static org.webmail.imap.Mailboxes.ALICE_CREDENTIALS;
import static org.webmail.imap.Mailboxes.PASSWORD;

/** GreenMail restarted on the same port under a pooled connection, as a server upgrade or failover would. */
class ServerRestartTest {

    private GreenMail greenMail;

    @AfterEach
    void stopServer() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    void after_the_server_restarts_the_next_read_succeeds_transparently_on_a_fresh_connection() throws Exception {
        greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        greenMail.start();
        greenMail.setUser(ALICE, ALICE, PASSWORD);
        Mailboxes.folder(greenMail, "Projects");
        try (ImapRig rig = ImapRig.plain(greenMail.getImap().getPort())) {
            assertEquals(List.of("INBOX", "Projects"), paths(rig.store.folders(ALICE_CREDENTIALS)));

            greenMail.stop();
            greenMail.start();
            greenMail.setUser(ALICE, ALICE, PASSWORD);
            Mailboxes.folder(greenMail, "Projects");

            assertEquals(List.of("INBOX", "Projects"), paths(rig.store.folders(ALICE_CREDENTIALS)));
            assertEquals(1.0, rig.counter("webmail.imap.reconnects"));
            assertEquals(1, rig.pool.openCount());
        }
    }

    private static List<String> paths(List<FolderInfo> folders) {
        return folders.stream().map(FolderInfo::path).toList();
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
