package org.webmail.live;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Live-update timings short enough for a journey against a real server: a 2 s grace, a read timeout below the IDLE
 * renewal (so quiet IDLE reads time out over TLS too), and a 3 s pause before a reconnect, which leaves another
 * client time to change the mailbox while the watcher is away.
 */
public class LiveTimings implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("webmail.live.grace", "2s", "webmail.live.idle-renew", "8s", "webmail.imap.read-timeout", "3s",
                "webmail.live.reconnect-min", "3s", "webmail.live.reconnect-max", "6s", "webmail.live.session-check", "1s");
    }

    @Override
    public void stop() {
    }
}
