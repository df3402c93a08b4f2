package org.webmail.interop;

import java.util.Map;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.webmail.support.TestMailbox;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the webmail at the real Dovecot started by {@code src/test/interop/start}, over implicit TLS or
 * STARTTLS (init arg {@code security}), after giving alice exactly the journeys' mailbox: everything of hers
 * is emptied, then {@link TestMailbox#fill} appends the same mail the GreenMail journeys read.
 */
public class DovecotTestResource implements QuarkusTestResourceLifecycleManager {

    private String security = "TLS";
    private String smtpSecurity;

    @Override
    public void init(Map<String, String> initArgs) {
        security = initArgs.getOrDefault("security", "TLS");
        smtpSecurity = initArgs.get("smtp"); // STARTTLS (submission 10587) or TLS (10465): the interop Postfix
    }

    @Override
    public Map<String, String> start() {
        try {
            resetAlice();
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare alice's mailbox on the interop Dovecot", e);
        }
        boolean tls = security.equals("TLS");
        String ca = InteropServer.runDir().resolve("tls/ca.pem").toAbsolutePath().toString();
        Map<String, String> config = new java.util.HashMap<>(Map.of(
                "webmail.imap.host", "localhost",
                "webmail.imap.port", String.valueOf(tls ? InteropServer.IMAPS_PORT : InteropServer.IMAP_STARTTLS_PORT),
                "webmail.imap.security", security,
                "webmail.imap.trust-pem", ca));
        if (smtpSecurity != null) {
            config.put("webmail.smtp.host", "localhost");
            config.put("webmail.smtp.port", String.valueOf(smtpSecurity.equals("TLS") ? InteropServer.SUBMISSIONS_PORT : InteropServer.SUBMISSION_PORT));
            config.put("webmail.smtp.security", smtpSecurity);
            config.put("webmail.smtp.trust-pem", ca);
        }
        return config;
    }

    private static void resetAlice() throws Exception {
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        try (Store store = session.getStore("imaps")) {
            store.connect("localhost", InteropServer.IMAPS_PORT, TestMailbox.USER, TestMailbox.PASSWORD);
            empty(store.getDefaultFolder());
            TestMailbox.fill(store);
        }
    }

    /** Deletes every folder but INBOX and the special-use ones, and expunges what those hold. */
    private static void empty(Folder parent) throws MessagingException {
        for (Folder folder : parent.list("%")) {
            empty(folder);
            boolean keep = folder.getFullName().equalsIgnoreCase("INBOX")
                    || java.util.List.of("Drafts", "Sent", "Junk", "Trash", "Archive").contains(folder.getFullName());
            if (keep) {
                folder.open(Folder.READ_WRITE);
                if (folder.getMessageCount() > 0) {
                    folder.setFlags(1, folder.getMessageCount(), new jakarta.mail.Flags(jakarta.mail.Flags.Flag.DELETED), true);
                }
                folder.close(true);
            } else {
                folder.delete(true);
            }
        }
    }

    @Override
    public void stop() {
        // Dovecot is stopped by src/test/interop/stop; alice's mail stays for a person to look at.
    }
}
