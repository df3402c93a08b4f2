package org.webmail.compose.smtp;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long and how often the outbox retries a message the server could not take yet. */
@ConfigMapping(prefix = "webmail.outbox")
public interface OutboxSettings {

    /** Waits between tries after a temporary failure; the last one repeats. */
    @WithDefault("1m,2m,5m,10m,30m")
    List<Duration> retryDelays();

    /** After this long since it was queued, a message still failing temporarily is marked failed. */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** How often the outbox looks for due retries and for mail left queued by a restart (read by the scheduler). */
    @WithDefault("5s")
    Duration pollInterval();

    /**
     * How long the Send click waits for the server's answer before the page shows the message as still sending
     * (it is stored either way; 0 does not wait).
     */
    @WithDefault("5s")
    Duration awaitOnSend();

    /**
     * A message claimed for sending longer ago than this was being sent by a process that died (a crash, a killed
     * replica): its outcome is unknown and it is never sent again blindly.
     */
    @WithDefault("15m")
    Duration sendingStaleAfter();
}
