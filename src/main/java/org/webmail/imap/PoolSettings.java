package org.webmail.imap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Sizing of the per-user IMAP session pool (see docs/adr/0002-imap-session-pool.md). */
@ConfigMapping(prefix = "webmail.pool")
public interface PoolSettings {

    /** Connections one user may hold at once; further requests wait. */
    @WithDefault("2")
    int maxPerUser();

    /** Connections of all users together. */
    @WithDefault("1000")
    int maxTotal();

    /** How long a request waits for a free connection before {@link PoolTimeoutException}. */
    @WithDefault("20s")
    Duration acquireTimeout();

    /** An unused connection is logged out after this long. */
    @WithDefault("5m")
    Duration idleTimeout();

    /** A connection unused for longer than this is checked with NOOP before it is handed out again. */
    @WithDefault("60s")
    Duration validateAfterIdle();
}
