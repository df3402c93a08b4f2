package org.webmail.imap;

/**
 * The real mail layer over a loopback server, wired by hand, for tests in other packages (compose, ...)
 * that need a {@link MailStore} without booting Quarkus.
 */
public final class MailStoreRig implements AutoCloseable {

    private final ImapRig rig;

    private MailStoreRig(ImapRig rig) {
        this.rig = rig;
    }

    public static MailStoreRig plain(int imapPort) {
        return new MailStoreRig(ImapRig.plain(imapPort));
    }

    public MailStore store() {
        return rig.store;
    }

    @Override
    public void close() {
        rig.close();
    }
}
