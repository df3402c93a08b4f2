package org.webmail.imap;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lends each user's logged-in IMAP connections to requests, at most {@code max-per-user} per user and
 * {@code max-total} in all; a request beyond the cap waits instead of opening more. Bookkeeping happens under one
 * lock; network work (LOGIN, NOOP, LOGOUT) never does. A connection counts against the caps from the moment it
 * starts opening until its LOGOUT has finished, so the server never sees more than the cap.
 */
@ApplicationScoped
public class ImapSessionPool {

    private static final Logger LOG = Logger.getLogger(ImapSessionPool.class);

    private final PoolSettings settings;
    private final ImapConnector connector;
    private final ImapMetrics metrics;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, UserConnections> users = new HashMap<>();
    private volatile int open;
    private volatile int leased;
    private volatile int waiting;
    private boolean shutDown;

    @Inject
    public ImapSessionPool(PoolSettings settings, ImapConnector connector, ImapMetrics metrics) {
        this(settings, connector, metrics, Clock.systemUTC());
    }

    ImapSessionPool(PoolSettings settings, ImapConnector connector, ImapMetrics metrics, Clock clock) {
        this.settings = settings;
        this.connector = connector;
        this.metrics = metrics;
        this.clock = clock;
        metrics.poolGauges(() -> open, () -> leased, () -> waiting);
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
            Claim claim = claim(credentials.username(), fingerprint, deadline);
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
        List<PooledStore> idle;
        lock.lock();
        try {
            UserConnections user = users.get(username);
            idle = user == null ? List.of() : user.retire();
        } finally {
            lock.unlock();
        }
        close(idle, "retired");
    }

    /** Logs out connections unused for {@code idle-timeout}; returns how many. */
    public int sweep() {
        List<PooledStore> expired = new ArrayList<>();
        lock.lock();
        try {
            var cutoff = clock.instant().minus(settings.idleTimeout());
            users.values().forEach(user -> expired.addAll(user.idleSince(cutoff)));
        } finally {
            lock.unlock();
        }
        close(expired, "idle");
        return expired.size();
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        sweep();
    }

    @PreDestroy
    public void shutdown() {
        List<PooledStore> idle = new ArrayList<>();
        lock.lock();
        try {
            shutDown = true;
            users.values().forEach(user -> idle.addAll(user.drainIdle()));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        close(idle, "shutdown");
    }

    int openCount() {
        return open;
    }

    int leasedCount() {
        return leased;
    }

    int waitingCount() {
        return waiting;
    }

    void giveBack(PooledStore connection) {
        boolean keep;
        lock.lock();
        try {
            UserConnections user = users.get(connection.username());
            user.leased--;
            leased--;
            keep = !shutDown && connection.generation() == user.generation;
            if (keep) {
                connection.usedAt(clock.instant());
                user.idle.addFirst(connection);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
        if (!keep) {
            close(List.of(connection), "retired");
        }
    }

    /**
     * Closes a connection the server dropped, and this user's idle ones with it: a drop usually means the server
     * restarted or the network path changed, so its idle siblings are most likely dead too and a retry must not
     * pick one of them.
     */
    void discard(PooledStore connection) {
        List<PooledStore> doomed = new ArrayList<>();
        doomed.add(connection);
        lock.lock();
        try {
            UserConnections user = users.get(connection.username());
            user.leased--;
            leased--;
            doomed.addAll(user.drainIdle());
        } finally {
            lock.unlock();
        }
        close(doomed, "broken");
    }

    private record Claim(PooledStore idle, int generation, List<PooledStore> toClose, String closeReason) {
    }

    private Claim claim(String username, byte[] fingerprint, long deadline) {
        lock.lock();
        try {
            while (true) {
                if (shutDown) {
                    throw new MailServerUnavailableException("The mail service is shutting down.");
                }
                UserConnections user = users.computeIfAbsent(username, name -> new UserConnections());
                if (!user.openedWith(fingerprint)) {
                    // New password or token: what was opened with the old one must not serve this user again.
                    List<PooledStore> stale = user.fingerprint == null ? List.of() : user.retire();
                    user.fingerprint = fingerprint;
                    if (!stale.isEmpty()) {
                        return new Claim(null, 0, stale, "retired");
                    }
                }
                PooledStore idle = user.idle.pollFirst();
                if (idle != null) {
                    user.leased++;
                    leased++;
                    return new Claim(idle, idle.generation(), List.of(), null);
                }
                if (user.count < settings.maxPerUser()) {
                    if (open < settings.maxTotal()) {
                        user.count++;
                        open++;
                        return new Claim(null, user.generation, List.of(), null);
                    }
                    PooledStore victim = oldestIdleOfAnyone();
                    if (victim != null) {
                        return new Claim(null, 0, List.of(victim), "capacity");
                    }
                }
                awaitChange(deadline);
            }
        } finally {
            lock.unlock();
        }
    }

    private PooledStore oldestIdleOfAnyone() {
        UserConnections owner = null;
        for (UserConnections user : users.values()) {
            PooledStore candidate = user.idle.peekLast();
            if (candidate != null && (owner == null || candidate.lastUsed().isBefore(owner.idle.peekLast().lastUsed()))) {
                owner = user;
            }
        }
        return owner == null ? null : owner.idle.pollLast();
    }

    private void awaitChange(long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new PoolTimeoutException("All of your mail connections stayed busy for "
                    + settings.acquireTimeout().toSeconds() + " seconds; please try again.");
        }
        waiting++;
        try {
            changed.awaitNanos(remaining);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PoolTimeoutException("Interrupted while waiting for a mail connection.", e);
        } finally {
            waiting--;
        }
    }

    /** Logs in on a reserved slot; null when the user was retired meanwhile (the caller claims again). */
    private PooledStore openReserved(MailCredentials credentials, int generation) {
        IMAPStore store;
        try {
            store = connector.open(credentials);
        } catch (RuntimeException e) {
            forget(credentials.username(), 1);
            throw e;
        }
        PooledStore connection = new PooledStore(store, credentials.username(), generation, clock.instant());
        lock.lock();
        try {
            UserConnections user = users.get(credentials.username());
            if (!shutDown && user.generation == generation) {
                user.leased++;
                leased++;
                return connection;
            }
        } finally {
            lock.unlock();
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
        return connection.store().isConnected(); // Angus sends NOOP here and reports false when the connection is gone
    }

    private void close(List<PooledStore> connections, String reason) {
        for (PooledStore connection : connections) {
            try {
                connection.store().close(); // LOGOUT, bounded by the read/write timeouts
            } catch (jakarta.mail.MessagingException | RuntimeException e) {
                LOG.debugf("Closing an IMAP connection of %s failed (already gone?): %s", connection.username(), e.getMessage());
            }
            metrics.evicted(reason);
            forget(connection.username(), 1);
        }
    }

    private void forget(String username, int connections) {
        lock.lock();
        try {
            UserConnections user = users.get(username);
            user.count -= connections;
            open -= connections;
            if (user.unused()) {
                users.remove(username);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
