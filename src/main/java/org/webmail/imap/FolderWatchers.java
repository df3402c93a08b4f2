package org.webmail.imap;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts {@link FolderWatch}es: a connection of their own per watched folder, outside the session pool, so a
 * watcher waiting in IDLE never keeps a page from a pooled connection (RFC 2177 section 3: a client in IDLE
 * cannot send other commands on that connection).
 */
@ApplicationScoped
public class FolderWatchers {

    private final ImapConnector connector;
    private final WatchSettings settings;
    private final Set<FolderWatch> watches = ConcurrentHashMap.newKeySet();
    /** Ends each watcher's IDLE when it is due for renewal: one platform thread for all of them. */
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("imap-idle-renewal").factory());

    @Inject
    public FolderWatchers(ImapConnector connector,
                          @ConfigProperty(name = "webmail.live.idle-renew", defaultValue = "5m") Duration idleRenew,
                          @ConfigProperty(name = "webmail.live.poll-interval", defaultValue = "5s") Duration pollInterval,
                          @ConfigProperty(name = "webmail.live.reconnect-min", defaultValue = "1s") Duration reconnectMin,
                          @ConfigProperty(name = "webmail.live.reconnect-max", defaultValue = "60s") Duration reconnectMax) {
        this.connector = connector;
        this.settings = new WatchSettings(idleRenew, pollInterval, reconnectMin, reconnectMax);
    }

    /**
     * Watches {@code folder} until the returned watch is closed; {@code listener} is called on the watcher's thread
     * with each batch of changes. {@code credentials} is asked at every (re)connect.
     */
    public FolderWatch watch(String folder, Supplier<MailCredentials> credentials, Consumer<List<MailboxChange>> listener) {
        FolderWatch watch = new FolderWatch(connector, folder, credentials, listener, settings, timers, watches::remove);
        watches.add(watch);
        watch.start();
        return watch;
    }

    /** Watches open now with a live connection. */
    public int connected() {
        return (int) watches.stream().filter(FolderWatch::connected).count();
    }

    @PreDestroy
    void closeAll() {
        watches.forEach(FolderWatch::close);
        timers.shutdownNow();
    }
}
