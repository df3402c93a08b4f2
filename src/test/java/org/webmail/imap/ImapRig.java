package org.webmail.imap;

import org.webmail.support.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The real mail layer wired by hand (no Quarkus): sessions, connector, pool and store over one server. */
final class ImapRig implements AutoCloseable {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final MutableClock clock = new MutableClock();
    final ImapSessions sessions;
    final ImapMetrics metrics;
    final ImapSessionPool pool;
    final JakartaMailStore store;

    ImapRig(MailServerSettings server, PoolSettings poolSettings) {
        sessions = new ImapSessions(server);
        metrics = new ImapMetrics(registry);
        pool = new ImapSessionPool(poolSettings, new ImapConnector(sessions, metrics), metrics, clock);
        store = new JakartaMailStore(pool, metrics);
    }

    static ImapRig plain(int port) {
        return new ImapRig(TestServer.plain(port), TestPool.defaults());
    }

    static ImapRig plain(int port, TestPool poolSettings) {
        return new ImapRig(TestServer.plain(port), poolSettings);
    }

    double counter(String name) {
        return registry.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Override
    public void close() {
        pool.shutdown();
        sessions.close();
    }
}
