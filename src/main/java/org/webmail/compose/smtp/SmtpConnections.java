package org.webmail.compose.smtp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import org.jboss.logging.Logger;
import org.webmail.account.UserSignedOut;
import org.webmail.imap.MailCredentials;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps each user's signed-in submission connection open for a short while after a send, so the next message skips
 * TCP connect, TLS and AUTH (the bulk of a send's time). At most one idle connection per user and relay, at most
 * {@link SmtpSettings#maxIdleConnections()} overall, none older than {@link SmtpSettings#idleTimeout()}; a user's
 * connections close when they sign out. A connection is only ever kept after a clean 250: anything else closes it.
 */
@ApplicationScoped
public class SmtpConnections {

    private static final Logger LOG = Logger.getLogger(SmtpConnections.class);

    /** A connection on loan to one send; {@code reused} says it was already signed in (it may have died meanwhile). */
    record Lease(Key key, EndOfDataTransport transport, boolean reused) {
    }

    record Key(String login, Relay relay) {
    }

    private record Idle(EndOfDataTransport transport, byte[] secretDigest, long since) {
    }

    private final SmtpSessions sessions;
    private final Duration idleTimeout;
    private final int maxIdle;
    /** Guarded by itself; small (bounded by maxIdle), so one lock is simpler than a concurrent map plus an LRU. */
    private final Map<Key, Idle> idle = new LinkedHashMap<>();

    @Inject
    public SmtpConnections(SmtpSessions sessions) {
        this.sessions = sessions;
        this.idleTimeout = sessions.settings().idleTimeout();
        this.maxIdle = Math.max(0, sessions.settings().maxIdleConnections());
    }

    List<Relay> relays() {
        return sessions.relays();
    }

    jakarta.mail.Session session(Relay relay, MailCredentials.Mechanism mechanism) {
        return sessions.session(relay, mechanism);
    }

    /** The user's kept connection to this relay if there is one (signed in with the same secret), else a new one, unconnected. */
    Lease borrow(Relay relay, MailCredentials credentials) {
        Key key = new Key(credentials.username(), relay);
        Idle kept;
        synchronized (idle) {
            kept = idle.remove(key);
        }
        if (kept != null) {
            if (MessageDigest.isEqual(kept.secretDigest(), digest(credentials)) && !expired(kept, System.nanoTime())) {
                return new Lease(key, kept.transport(), true);
            }
            close(kept.transport()); // another password or token, or too old: sign in afresh
        }
        return new Lease(key, unconnected(relay, credentials), false);
    }

    /** A freshly made connection for a retry after a kept one turned out dead. */
    Lease fresh(Relay relay, MailCredentials credentials) {
        return new Lease(new Key(credentials.username(), relay), unconnected(relay, credentials), false);
    }

    private EndOfDataTransport unconnected(Relay relay, MailCredentials credentials) {
        EndOfDataTransport transport = new EndOfDataTransport(sessions.session(relay, credentials.mechanism()), relay);
        if (credentials.authorizationId() != null) {
            // A master user acts for this user: AUTH PLAIN's authorization identity (RFC 4616 section 2). Per
            // transport, because the session is shared by every user. Left alone otherwise: Angus then repeats the login name.
            transport.setAuthorizationID(credentials.authorizationId());
        }
        return transport;
    }

    /** After a clean 250: keep the connection for this user's next message, or close it if keeping is off or full. */
    void giveBack(Lease lease, MailCredentials credentials) {
        if (idleTimeout.isZero() || maxIdle == 0) {
            close(lease.transport());
            return;
        }
        List<EndOfDataTransport> toClose = new ArrayList<>();
        synchronized (idle) {
            Idle previous = idle.put(lease.key(), new Idle(lease.transport(), digest(credentials), System.nanoTime()));
            if (previous != null) {
                toClose.add(previous.transport()); // two sends of one user at once: keep one connection
            }
            while (idle.size() > maxIdle) {
                Key oldest = idle.keySet().iterator().next(); // insertion order: the least recently returned
                toClose.add(idle.remove(oldest).transport());
            }
        }
        toClose.forEach(SmtpConnections::close);
    }

    /** After any failure, or when the dialogue state is unclear: never reuse it. */
    void discard(Lease lease) {
        close(lease.transport());
    }

    int idleCount() {
        synchronized (idle) {
            return idle.size();
        }
    }

    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeExpired() {
        long now = System.nanoTime();
        List<EndOfDataTransport> toClose = new ArrayList<>();
        synchronized (idle) {
            idle.values().removeIf(i -> {
                boolean old = expired(i, now);
                if (old) {
                    toClose.add(i.transport());
                }
                return old;
            });
        }
        toClose.forEach(SmtpConnections::close);
    }

    void signedOut(@Observes UserSignedOut event) {
        closeWhere(key -> key.login().equals(event.login()));
    }

    @PreDestroy
    void closeAll() {
        closeWhere(key -> true);
    }

    private void closeWhere(java.util.function.Predicate<Key> which) {
        List<EndOfDataTransport> toClose = new ArrayList<>();
        synchronized (idle) {
            idle.entrySet().removeIf(e -> {
                if (which.test(e.getKey())) {
                    toClose.add(e.getValue().transport());
                    return true;
                }
                return false;
            });
        }
        toClose.forEach(SmtpConnections::close);
    }

    private boolean expired(Idle kept, long now) {
        return now - kept.since() >= idleTimeout.toNanos();
    }

    /** Compared, never stored in clear: the password already lives in the web session; this copy need not. */
    private static byte[] digest(MailCredentials credentials) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((credentials.mechanism() + "\0" + credentials.secret())
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static void close(EndOfDataTransport transport) {
        try {
            transport.close(); // QUIT, then the socket
        } catch (MessagingException e) {
            LOG.debugf("closing an SMTP connection: %s", e.getMessage());
        }
    }
}
