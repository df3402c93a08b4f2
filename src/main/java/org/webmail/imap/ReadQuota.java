package org.webmail.imap;

import jakarta.mail.MessagingException;
import jakarta.mail.Quota;
import org.eclipse.angus.mail.imap.IMAPStore;

import java.util.Optional;

/**
 * GETQUOTAROOT INBOX (RFC 2087, RFC 9208 section 4.3.2), only when the server announces QUOTA. STORAGE counts
 * units of 1024 octets (RFC 9208 section 5.1). A server without a limit for the user answers with no STORAGE
 * resource, and a NO (no quota root) means the same: nothing to show.
 */
final class ReadQuota {

    private static final String STORAGE = "STORAGE";

    private ReadQuota() {
    }

    static Optional<MailQuota> run(PooledStore connection) throws MessagingException {
        IMAPStore store = connection.store();
        if (!store.hasCapability("QUOTA")) {
            return Optional.empty();
        }
        Quota[] roots;
        try {
            roots = store.getQuota(FolderPaths.INBOX);
        } catch (MessagingException e) {
            if (FolderRefusals.of(e, FolderPaths.INBOX) != null) {
                return Optional.empty();
            }
            throw e;
        }
        for (Quota root : roots == null ? new Quota[0] : roots) {
            for (Quota.Resource resource : root.resources == null ? new Quota.Resource[0] : root.resources) {
                if (STORAGE.equalsIgnoreCase(resource.name) && resource.limit > 0) {
                    return Optional.of(new MailQuota(resource.usage * 1024, resource.limit * 1024));
                }
            }
        }
        return Optional.empty();
    }
}
