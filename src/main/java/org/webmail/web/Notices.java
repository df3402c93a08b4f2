package org.webmail.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Short-lived notices for the page after a redirect ("3 messages moved to Archive"): post, act, keep the sentence
 * here, redirect with {@code ?notice=<id>}. The id is random and bound to the browser that posted (its CSRF cookie),
 * so a link cannot make the webmail show text of someone else's choosing, and no text travels in a URL. A reload
 * within two minutes shows it again; then it is gone. Memory only, like the sessions (cookie affinity keeps a browser
 * on one replica); a notice lost to a restart costs nothing but the sentence.
 */
@ApplicationScoped
public class Notices {

    public static final String PARAMETER = "notice";
    static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final int MAX = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sentence and whether it reports a problem (shown as an alert) rather than something done. */
    public record Notice(String text, boolean problem, String owner, Instant expires) {
    }

    private final Map<String, Notice> notices = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Keeps a notice for the browser with this CSRF cookie value; returns its id for the redirect. */
    public String keep(String owner, String text, boolean problem) {
        Instant now = clock.instant();
        if (notices.size() >= MAX) {
            notices.values().removeIf(n -> n.expires().isBefore(now));
        }
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        if (notices.size() < MAX) {
            notices.put(id, new Notice(text, problem, owner, now.plus(LIFETIME)));
        }
        return id;
    }

    Optional<Notice> find(String owner, String id) {
        if (owner == null || id == null) {
            return Optional.empty();
        }
        Notice notice = notices.get(id);
        if (notice == null || notice.expires().isBefore(clock.instant())) {
            if (notice != null) {
                notices.remove(id);
            }
            return Optional.empty();
        }
        return notice.owner().equals(owner) ? Optional.of(notice) : Optional.empty();
    }

    /** {@code path} with {@code ?notice=id} (or {@code &notice=id}); an earlier notice parameter is dropped. */
    public static String withNotice(String path, String id) {
        String clean = path.replaceAll("([?&])" + PARAMETER + "=[^&]*(&|$)", "$1").replaceAll("[?&]$", "");
        return clean + (clean.contains("?") ? "&" : "?") + PARAMETER + "=" + id;
    }
}
