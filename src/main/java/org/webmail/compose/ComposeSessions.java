package org.webmail.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * The open compose forms of this replica. A form left alone for a day is dropped with its files (its text is
 * in the Drafts folder when autosave ran). Ids are random, so one user cannot guess another's, and are checked
 * against the owner anyway.
 */
@ApplicationScoped
public class ComposeSessions {

    static final Duration ABANDONED_AFTER = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ComposeSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public ComposeSessions() {
        this(Clock.systemUTC());
    }

    public ComposeSessions(Clock clock) {
        this.clock = clock;
    }

    public ComposeSession open(String owner) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        try {
            Path directory = Files.createTempDirectory("webmail-compose-");
            ComposeSession session = new ComposeSession(id, owner, directory, clock.instant());
            sessions.put(id, session);
            return session;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The owner's session with this id; empty for an unknown id or someone else's. */
    public Optional<ComposeSession> find(String owner, String id) {
        ComposeSession session = id == null ? null : sessions.get(id);
        if (session == null || !session.owner().equals(owner)) {
            return Optional.empty();
        }
        session.touch(clock.instant());
        return Optional.of(session);
    }

    public void close(ComposeSession session) {
        sessions.remove(session.id());
        session.discard();
    }

    @Scheduled(every = "1h", delayed = "1h")
    void dropAbandoned() {
        var cutoff = clock.instant().minus(ABANDONED_AFTER);
        sessions.values().stream().filter(s -> s.lastUsed().isBefore(cutoff)).toList().forEach(this::close);
    }
}
