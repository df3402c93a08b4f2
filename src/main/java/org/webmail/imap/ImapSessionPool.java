package org.webmail.imap;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Lends each user's logged-in IMAP connections to requests: at most {@code max-per-user} per user and
 * {@code max-total} in all, and a request beyond the cap waits (up to {@code acquire-timeout}) instead of opening
 * more. Connections are reused most-recently-used first, checked with NOOP only after sitting idle, logged out after
 * {@code idle-timeout}, and never lent again once their user is retired. The {@link PoolLedger} keeps the books;
 * this class does the network work (LOGIN, NOOP, LOGOUT), always outside the ledger's lock.
 */
@ApplicationScoped
public class ImapSessionPool {

    private static final Logger LOG = Logger.getLogger(ImapSessionPool.class);

    private final PoolSettings settings;
    private final ImapConnector connector;
    private final ImapMetrics metrics;
    private final Clock clock;
    private final PoolLedger ledger;

    @Inject
    public ImapSessionPool(PoolSettings settings, ImapConnector connector, ImapMetrics metrics) {
        this(settings, connector, metrics, Clock.systemUTC());
    }

    ImapSessionPool(PoolSettings settings, ImapConnector connector, ImapMetrics metrics, Clock clock) {
        this.settings = settings;
        this.connector = connector;
        this.metrics = metrics;
        this.clock = clock;
        this.ledger = new PoolLedger(settings, clock);
        metrics.poolGauges(ledger::open, ledger::leased, ledger::waiting);
    }

    /**
     * Lends a connection of this user, logging in when none is free and the caps allow.
     *
     * @throws PoolTimeoutException           the user's connections stayed busy for {@code acquire-timeout}
     * @throws MailAuthenticationException    a new login was refused
     * @throws MailServerUnavailableException a new connection could not be made
     */
    Lease lease(MailCredentials credentials) {
        long deadline = System.nanoTime() + settings.acquireTimeout().toNanos();
        byte[] fingerprint = CredentialFingerprint.of(credentials);
        while (true) {
            PoolLedger.Claim claim = ledger.claim(credentials.username(), fingerprint, deadline);
            if (!claim.toClose().isEmpty()) {
                close(claim.toClose(), claim.closeReason());
            } else if (claim.idle() != null) {
                if (stillAlive(claim.idle())) {
                    return new Lease(this, claim.idle());
                }
                discard(claim.idle());
            } else {
                PooledStore opened = openReserved(credentials, claim.generation());
                if (opened != null) {
                    return new Lease(this, opened);
                }
            }
        }
    }

    /** Closes this user's idle connections now and the lent ones when they come back; none is lent again. */
    public void retire(String username) {
        close(ledger.retire(username), "retired");
    }

    /** Logs out connections unused for {@code idle-timeout}; returns how many. */
    public int sweep() {
        List<PooledStore> expired = ledger.idleBeyondTimeout();
        close(expired, "idle");
        return expired.size();
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        sweep();
    }

    /** Logs out every idle connection, refuses new leases, and closes lent connections as they come back. */
    @PreDestroy
    public void shutdown() {
        metrics.removePoolGauges();
        close(ledger.shutDown(), "shutdown");
    }

    int openCount() {
        return ledger.open();
    }

    int waitingCount() {
        return ledger.waiting();
    }

    void giveBack(PooledStore connection) {
        if (!ledger.giveBack(connection)) {
            close(List.of(connection), "retired");
        }
    }

    /**
     * Closes a connection the server dropped, and this user's idle ones with it: a drop usually means the server
     * restarted or the network path changed, so its idle siblings are most likely dead too and a retry must not
     * pick one of them.
     */
    void discard(PooledStore connection) {
        close(ledger.discard(connection), "broken");
    }

    /** Logs in on a reserved slot; null when the user was retired meanwhile (the caller claims again). */
    private PooledStore openReserved(MailCredentials credentials, int generation) {
        IMAPStore store;
        try {
            store = connector.open(credentials);
        } catch (RuntimeException e) {
            ledger.closed(credentials.username());
            throw e;
        }
        PooledStore connection = new PooledStore(store, credentials.username(), generation, clock.instant());
        if (ledger.admit(connection)) {
            return connection;
        }
        close(List.of(connection), "retired");
        return null;
    }

    /** NOOP (RFC 3501 section 6.1.2) only for a connection that sat unused long enough to have been dropped. */
    private boolean stillAlive(PooledStore connection) {
        Duration unused = Duration.between(connection.lastUsed(), clock.instant());
        if (unused.compareTo(settings.validateAfterIdle()) <= 0) {
            return true;
        }
        return connection.store().isConnected(); // Angus sends NOOP here and answers false when the connection is gone
    }

    private void close(List<PooledStore> connections, String reason) {
        for (PooledStore connection : connections) {
            try {
                connection.store().close(); // LOGOUT, bounded by the read and write timeouts
            } catch (MessagingException | RuntimeException e) {
                LOG.debugf("Closing an IMAP connection of %s failed (already gone?): %s", connection.username(), e.getMessage());
            } finally {
                ledger.closed(connection.username());
            }
            metrics.evicted(reason);
        }
    }
}
