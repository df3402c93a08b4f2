package org.webmail.imap;

import java.time.Duration;

/**
 * How folder watchers behave.
 *
 * @param idleRenew    IDLE is ended and sent again after this long (RFC 2177: at most 29 minutes; a few minutes also
 *                     proves a quiet connection is still alive)
 * @param pollInterval the pause between NOOPs on a server without IDLE
 * @param reconnectMin the first pause after a dropped connection, doubled on each failure up to {@code reconnectMax}
 */
public record WatchSettings(Duration idleRenew, Duration pollInterval, Duration reconnectMin, Duration reconnectMax) {
}
