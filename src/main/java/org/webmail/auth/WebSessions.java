package org.webmail.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.webmail.audit.AuditLog;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailStore;

import io.quarkus.scheduler.Scheduled;

/** The signed-in browsers of this replica, by an unguessable id carried in the session cookie. */
@ApplicationScoped
public class WebSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Instant> endedElsewhere = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @ConfigProperty(name = "webmail.session.idle-timeout")
    Duration idleTimeout;

    @Inject
    MailStore mailStore;

    @Inject
    AuditLog audit;

    public WebSession create(MailCredentials credentials) {
        return create(credentials.username(), MailCredentialSource.fixed(credentials));
    }

    /** A session for {@code login} whose mail credentials come from {@code credentials} (e.g. a renewable token). */
    public WebSession create(String login, MailCredentialSource credentials) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        WebSession session = new WebSession(id, login, credentials, clock.instant());
        sessions.put(id, session);
        return session;
    }

    public Optional<WebSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        WebSession session = sessions.get(id);
        Instant now = clock.instant();
        if (session == null || expired(session, now)) {
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    /**
     * Ends one session and closes the user's IMAP connections. Their other browsers (a phone, say) stay signed
     * in and simply open a fresh connection on their next click.
     */
    public void end(WebSession session) {
        sessions.remove(session.id());
        mailStore.retire(session.login());
    }

    /**
     * The browser of {@code previous} has signed in again and now holds {@code next}: the previous id stops working at
     * once (a fresh id at every sign-in, OWASP session management: a planted or leaked id never outlives a sign-in).
     * The same user's connections stay for the new session; another user's close.
     */
    public void replace(WebSession previous, WebSession next) {
        if (previous.id().equals(next.id())) {
            return;
        }
        if (previous.login().equals(next.login())) {
            sessions.remove(previous.id());
        } else {
            end(previous);
        }
    }

    /** Whether this session is still signed in; unlike {@link #find} it does not count as the browser's activity. */
    public boolean isActive(WebSession session) {
        return sessions.get(session.id()) == session && !expired(session, clock.instant());
    }

    /** Ends every session that matches (e.g. all of one provider account after its back-channel logout); returns them. */
    public java.util.List<WebSession> endWhere(java.util.function.Predicate<WebSession> which) {
        java.util.List<WebSession> ended = sessions.values().stream().filter(which).toList();
        ended.forEach(this::end);
        return ended;
    }

    /**
     * The same, for sessions ended from elsewhere (the identity provider): their browsers are told why on their next
     * request instead of finding themselves at a bare sign-in page. Only the ids are remembered, for a while.
     */
    public java.util.List<WebSession> endFromElsewhere(java.util.function.Predicate<WebSession> which) {
        java.util.List<WebSession> ended = endWhere(which);
        Instant now = clock.instant();
        ended.forEach(s -> endedElsewhere.put(s.id(), now));
        return ended;
    }

    /** True if this cookie's session was ended from elsewhere lately (and forgets it: the browser is told once). */
    public boolean endedElsewhere(String id) {
        return id != null && endedElsewhere.remove(id) != null;
    }

    /** The credentials of any live session of this user here, for work done on their behalf (sending mail). */
    public Optional<MailCredentials> credentialsOf(String login) {
        Instant now = clock.instant();
        for (WebSession s : sessions.values()) {
            if (s.login().equals(login) && !expired(s, now)) {
                try {
                    return Optional.of(s.credentials());
                } catch (SignInEndedException e) {
                    // that browser's sign-in is over; another of the user's may still hold one
                }
            }
        }
        return Optional.empty();
    }

    public int count() {
        return sessions.size();
    }

    @Scheduled(every = "1m", delayed = "1m")
    void expireIdle() {
        Instant now = clock.instant();
        sessions.values().stream().filter(s -> expired(s, now)).toList().forEach(s -> {
            end(s);
            audit.expired(s.login());
        });
        endedElsewhere.values().removeIf(at -> at.plus(idleTimeout).isBefore(now));
    }

    private boolean expired(WebSession session, Instant now) {
        return session.lastSeen().plus(idleTimeout).isBefore(now);
    }
}
