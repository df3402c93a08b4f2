package org.webmail.imap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The pool's and the IMAP commands' meters, exported at /q/metrics. */
@ApplicationScoped
public class ImapMetrics {

    private final MeterRegistry registry;
    private final Counter reconnects;
    private final java.util.List<Gauge> poolGauges = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Inject
    public ImapMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.reconnects = Counter.builder("webmail.imap.reconnects")
                .description("Reads retried on a fresh connection after the server dropped one").register(registry);
    }

    void poolGauges(Supplier<Number> open, Supplier<Number> leased, Supplier<Number> waiting) {
        poolGauges.add(Gauge.builder("webmail.imap.connections.open", open).description("IMAP connections open or opening").register(registry));
        poolGauges.add(Gauge.builder("webmail.imap.leases.in.use", leased).description("IMAP connections lent to a request").register(registry));
        poolGauges.add(Gauge.builder("webmail.imap.leases.waiting", waiting).description("Requests waiting for a connection").register(registry));
    }

    /**
     * Unregisters the pool's gauges when the pool goes. The registry Quarkus hands out is Micrometer's global
     * composite, which outlives a dev-mode reload or a test restart: a gauge left behind would keep reading the
     * old pool (registering the same name again returns the existing gauge).
     */
    void removePoolGauges() {
        poolGauges.forEach(registry::remove);
        poolGauges.clear();
    }

    /** Why a pooled connection was closed: idle, retired, broken, capacity, shutdown. */
    void evicted(String reason) {
        Counter.builder("webmail.imap.evictions").tag("reason", reason)
                .description("Pooled IMAP connections closed").register(registry).increment();
    }

    void reconnected() {
        reconnects.increment();
    }

    /** Latency of one user-visible operation: folders, list, open, part, source, login. */
    Timer command(String operation) {
        return Timer.builder("webmail.imap.command").tag("operation", operation)
                .description("Latency of IMAP work per operation").register(registry);
    }
}
