package org.webmail.mailbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailQuota;
import org.webmail.imap.MailStore;
import org.webmail.imap.MailStoreException;

/**
 * Each user's quota, remembered for a minute: the folder pane shows it on every page, and one GETQUOTAROOT per
 * click would be an IMAP round trip for a number that hardly moves. A server that fails to answer costs the page
 * nothing: the quota is simply not shown.
 */
@ApplicationScoped
public class QuotaService {

    static final Duration KEEP = Duration.ofSeconds(60);
    private static final int MAX_USERS = 10_000;
    private static final Logger LOG = Logger.getLogger(QuotaService.class);

    private record Known(Optional<MailQuota> quota, Instant asked) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    MailStore mailStore;

    Clock clock = Clock.systemUTC();

    public Optional<MailQuota> quota(MailCredentials credentials) {
        Instant now = clock.instant();
        Known entry = known.get(credentials.username());
        if (entry != null && entry.asked().plus(KEEP).isAfter(now)) {
            return entry.quota();
        }
        Optional<MailQuota> quota;
        try {
            quota = mailStore.quota(credentials);
        } catch (MailStoreException e) {
            LOG.debugf("quota of %s not read: %s", credentials.username(), e.getMessage());
            quota = Optional.empty();
        }
        if (known.size() >= MAX_USERS) {
            known.values().removeIf(k -> !k.asked().plus(KEEP).isAfter(now));
        }
        known.put(credentials.username(), new Known(quota, now));
        return quota;
    }

    /** After a change that frees space (a deleted folder), so the next page shows the new figure. */
    public void forget(String username) {
        known.remove(username);
    }
}
