package org.webmail.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import org.webmail.imap.FolderWatchers;

/** Live updates' meters at /q/metrics: open streams, watcher connections, events sent by name. */
@ApplicationScoped
public class LiveMetrics {

    private final MeterRegistry registry;
    private final List<Meter> gauges = new CopyOnWriteArrayList<>();

    @Inject
    public LiveMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void register(@jakarta.enterprise.event.Observes StartupEvent event, LiveHub hub, FolderWatchers watchers) {
        gauges.add(Gauge.builder("webmail.live.streams", hub, LiveHub::streams)
                .description("Open server-sent event streams").register(registry));
        gauges.add(Gauge.builder("webmail.live.watchers", watchers, FolderWatchers::connected)
                .description("IMAP connections watching a folder (IDLE or NOOP polling)").register(registry));
    }

    /** One event sent to {@code streams} open streams. */
    void sent(String name, int streams) {
        Counter.builder("webmail.live.events").tag("name", name).description("Server-sent events delivered to streams")
                .register(registry).increment(streams);
    }

    /** The registry outlives a dev-mode reload or a test restart (see ImapMetrics): a stale gauge would read old beans. */
    @PreDestroy
    void removeGauges() {
        gauges.forEach(registry::remove);
        gauges.clear();
    }
}
