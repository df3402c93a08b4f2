package org.webmail.message;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.webmail.imap.MessageDetail;

/**
 * The last few opened messages, for a few seconds: the read page and its sandboxed body frame are two requests
 * for the same message, and the second should not fetch it from the server again. Small and short-lived so
 * an idle user holds nothing here.
 */
@ApplicationScoped
public class RecentMessages {

    private static final int MAX_ENTRIES = 64;
    private static final Duration KEEP = Duration.ofSeconds(30);

    private record Kept(MessageDetail detail, Instant storedAt) {
    }

    private final Map<String, Kept> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public synchronized void remember(String login, MessageDetail detail) {
        entries.put(key(login, detail.folder(), detail.uid()), new Kept(detail, Instant.now()));
    }

    public synchronized Optional<MessageDetail> find(String login, String folder, long uid) {
        Kept entry = entries.get(key(login, folder, uid));
        if (entry == null || entry.storedAt().plus(KEEP).isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(entry.detail());
    }

    /** Drops what has outlived its purpose, so nothing is held for an idle reader. */
    @io.quarkus.scheduler.Scheduled(every = "30s", delayed = "30s")
    synchronized void forgetOld() {
        Instant oldest = Instant.now().minus(KEEP);
        entries.values().removeIf(entry -> entry.storedAt().isBefore(oldest));
    }

    private static String key(String login, String folder, long uid) {
        return login + '\u0000' + folder + '\u0000' + uid;
    }
}
