package org.webmail.live;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.webmail.account.AccountService;
import org.webmail.account.UserSignedOut;
import org.webmail.auth.WebSession;
import org.webmail.auth.WebSessions;
import org.webmail.imap.FolderWatchers;
import org.webmail.imap.MailboxChange;
import org.webmail.mailbox.MailboxService;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;

/**
 * Every user's open event streams, by folder: the first stream of a (user, folder) starts its watcher, the others
 * share it, and the watcher stops a grace period after the last stream closed (a reload reconnects within it and
 * costs no new IMAP login), at sign-out, or when the browser's session ends.
 */
@ApplicationScoped
public class LiveHub {

    private static final Logger LOG = Logger.getLogger(LiveHub.class);
    /** Changes come in bursts (a move of 20 messages): one LIST-STATUS after the burst, not one per message. */
    private static final Duration COUNTS_DEBOUNCE = Duration.ofMillis(500);

    private final Map<String, FolderFeed> feeds = new ConcurrentHashMap<>();
    private final Map<FolderFeed, AtomicBoolean> countsDue = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-timers").factory());

    @Inject
    FolderWatchers watchers;

    @Inject
    LiveEvents events;

    @Inject
    MailboxService mailbox;

    @Inject
    AccountService accounts;

    @Inject
    WebSessions sessions;

    @Inject
    LiveMetrics metrics;

    @ConfigProperty(name = "webmail.live.grace", defaultValue = "30s")
    Duration grace;

    /** The events of {@code folder} for this browser, from now on (or since {@code lastEventId}). Does not block. */
    public Multi<FeedEvent> subscribe(WebSession session, String clientAddress, String folder, String lastEventId,
                                      Locale locale) {
        return Multi.createFrom().emitter(emitter -> {
            FeedListener listener = new FeedListener(session, clientAddress, emitter);
            FolderFeed feed = join(listener, folder, lastEventId);
            feed.locale(locale);
            emitter.onTermination(() -> leave(feed, listener));
        });
    }

    private synchronized FolderFeed join(FeedListener listener, String folder, String lastEventId) {
        String login = listener.session().login();
        FolderFeed feed = feeds.computeIfAbsent(login + "\n" + folder, key -> new FolderFeed(login, folder));
        if (feed.closing() != null) {
            feed.closing().cancel(false);
            feed.closing(null);
        }
        feed.join(listener, lastEventId, events);
        if (feed.watch() == null) {
            feed.watch(watchers.watch(folder, feed::credentials, changes -> changed(feed, changes)));
        }
        return feed;
    }

    private synchronized void leave(FolderFeed feed, FeedListener listener) {
        feed.listeners().remove(listener);
        if (feed.listeners().isEmpty() && feed.closing() == null && feeds.get(key(feed)) == feed) {
            feed.closing(timers.schedule(() -> closeIfUnused(feed), grace.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    private synchronized void closeIfUnused(FolderFeed feed) {
        if (feed.listeners().isEmpty()) {
            end(feed);
        }
    }

    /** Closes the watcher and ends the feed's streams (their browsers reconnect if they are still signed in). */
    private synchronized void end(FolderFeed feed) {
        feeds.remove(key(feed), feed);
        countsDue.remove(feed);
        if (feed.closing() != null) {
            feed.closing().cancel(false);
        }
        if (feed.watch() != null) {
            feed.watch().close();
        }
        feed.listeners().forEach(l -> l.emitter().complete());
    }

    /** Signing out of one browser ends the user's watchers; their other browsers' streams reconnect with their own sign-in. */
    void signedOut(@Observes UserSignedOut event) {
        endWhere(feed -> feed.login().equals(event.login()));
    }

    /** A stream whose browser's session has ended (expired, ended by the identity provider) is closed. */
    @Scheduled(every = "${webmail.live.session-check:30s}", delayed = "10s")
    void closeStreamsOfEndedSessions() {
        for (FolderFeed feed : List.copyOf(feeds.values())) {
            feed.listeners().stream().filter(l -> !sessions.isActive(l.session())).forEach(l -> l.emitter().complete());
        }
    }

    private void endWhere(java.util.function.Predicate<FolderFeed> which) {
        List.copyOf(feeds.values()).stream().filter(which).forEach(this::end);
    }

    /** Called on the watcher's thread (virtual: rendering and the database lookup of the zone may block it). */
    private void changed(FolderFeed feed, List<MailboxChange> changes) {
        boolean countsChanged = false;
        for (MailboxChange change : changes) {
            if (change instanceof MailboxChange.Watching) {
                feed.publish(events.toEvent(feed.folder(), change, zoneOf(feed), feed.locale()));
                continue;
            }
            countsChanged = true;
            LiveEvents.Named named = events.toEvent(feed.folder(), change, zoneOf(feed), feed.locale());
            metrics.sent(named.name(), feed.publish(named));
        }
        if (countsChanged) {
            scheduleCounts(feed);
        }
    }

    private void scheduleCounts(FolderFeed feed) {
        AtomicBoolean due = countsDue.computeIfAbsent(feed, f -> new AtomicBoolean());
        if (due.compareAndSet(false, true)) {
            timers.schedule(() -> Thread.ofVirtual().name("live-counts").start(() -> {
                due.set(false);
                sendCounts(feed);
            }), COUNTS_DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void sendCounts(FolderFeed feed) {
        if (feed.listeners().isEmpty()) {
            return;
        }
        try {
            LiveEvents.Named named = events.folderCounts(mailbox.folders(feed.credentials()));
            metrics.sent(named.name(), feed.publish(named));
        } catch (RuntimeException e) {
            LOG.debugf("Folder counts for %s not sent: %s", feed.login(), e.getMessage());
        }
    }

    private ZoneId zoneOf(FolderFeed feed) {
        if (feed.zone() == null) {
            feed.zone(accounts.settings(feed.login()).zone());
        }
        return feed.zone();
    }

    /** Open event streams now. */
    public int streams() {
        return feeds.values().stream().mapToInt(f -> f.listeners().size()).sum();
    }

    private static String key(FolderFeed feed) {
        return feed.login() + "\n" + feed.folder();
    }

    @PreDestroy
    void shutdown() {
        endWhere(feed -> true);
        timers.shutdownNow();
    }
}
