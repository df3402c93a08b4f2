package org.webmail.imap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pool's bookkeeping: who holds which connection, and who waits. Everything here happens under one lock and
 * never touches the network; whatever must be logged out is handed back to the caller to close outside the lock.
 * A connection counts against the caps from the moment it starts opening until its LOGOUT has finished, so the
 * server never sees more than the caps allow.
 */
final class PoolLedger {

    /** What {@link #claim} grants: an idle connection, a reserved slot to log in on, or connections to close first. */
    record Claim(PooledStore idle, int generation, List<PooledStore> toClose, String closeReason) {
        static Claim reserved(int generation) {
            return new Claim(null, generation, List.of(), null);
        }

        static Claim closeFirst(List<PooledStore> connections, String reason) {
            return new Claim(null, 0, connections, reason);
        }
    }

    private final PoolSettings settings;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, UserConnections> users = new HashMap<>();
    private volatile int open;
    private volatile int leased;
    private volatile int waiting;
    private boolean shutDown;

    PoolLedger(PoolSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    int open() {
        return open;
    }

    int leased() {
        return leased;
    }

    int waiting() {
        return waiting;
    }

    Claim claim(String username, byte[] fingerprint, long deadlineNanos) {
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
                        return Claim.closeFirst(stale, "retired");
                    }
                }
                PooledStore idle = user.idle.pollFirst();
                if (idle != null) {
                    lend(user);
                    return new Claim(idle, idle.generation(), List.of(), null);
                }
                if (user.count < settings.maxPerUser()) {
                    if (open < settings.maxTotal()) {
                        user.count++;
                        open++;
                        return Claim.reserved(user.generation);
                    }
                    PooledStore victim = oldestIdleOfAnyone();
                    if (victim != null) {
                        return Claim.closeFirst(List.of(victim), "capacity");
                    }
                }
                awaitChange(deadlineNanos);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Records a connection that finished logging in on a reserved slot; false when the user was retired meanwhile. */
    boolean admit(PooledStore connection) {
        lock.lock();
        try {
            UserConnections user = users.get(connection.username());
            if (shutDown || user.generation != connection.generation()) {
                return false;
            }
            lend(user);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Takes a connection back; false when it must be closed instead (retired meanwhile, or shutting down). */
    boolean giveBack(PooledStore connection) {
        lock.lock();
        try {
            UserConnections user = unlend(connection);
            if (shutDown || connection.generation() != user.generation) {
                return false;
            }
            connection.usedAt(clock.instant());
            user.idle.addFirst(connection);
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Takes back a broken connection; returns it with the user's idle ones, all to be closed. */
    List<PooledStore> discard(PooledStore connection) {
        lock.lock();
        try {
            List<PooledStore> doomed = new ArrayList<>(List.of(connection));
            doomed.addAll(unlend(connection).drainIdle());
            return doomed;
        } finally {
            lock.unlock();
        }
    }

    List<PooledStore> retire(String username) {
        lock.lock();
        try {
            UserConnections user = users.get(username);
            return user == null ? List.of() : user.retire();
        } finally {
            lock.unlock();
        }
    }

    List<PooledStore> idleBeyondTimeout() {
        lock.lock();
        try {
            var cutoff = clock.instant().minus(settings.idleTimeout());
            List<PooledStore> expired = new ArrayList<>();
            users.values().forEach(user -> expired.addAll(user.idleSince(cutoff)));
            return expired;
        } finally {
            lock.unlock();
        }
    }

    List<PooledStore> shutDown() {
        lock.lock();
        try {
            shutDown = true;
            List<PooledStore> idle = new ArrayList<>();
            users.values().forEach(user -> idle.addAll(user.drainIdle()));
            changed.signalAll();
            return idle;
        } finally {
            lock.unlock();
        }
    }

    /** One connection of this user is gone (logged out, or never opened): its slot is free. */
    void closed(String username) {
        lock.lock();
        try {
            UserConnections user = users.get(username);
            user.count--;
            open--;
            if (user.unused()) {
                users.remove(username);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void lend(UserConnections user) {
        user.leased++;
        leased++;
    }

    private UserConnections unlend(PooledStore connection) {
        UserConnections user = users.get(connection.username());
        user.leased--;
        leased--;
        return user;
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

    private void awaitChange(long deadlineNanos) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            throw new PoolTimeoutException("All of your mail connections stayed busy; please try again in a moment.");
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
}
