package org.webmail.compose.smtp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The organisation's submission server (RFC 6409) and an optional backup relay. Users cannot choose other hosts;
 * they authenticate with their own credentials.
 */
@ConfigMapping(prefix = "webmail.smtp")
public interface SmtpSettings {

    /** How the connection is protected (RFC 8314). */
    enum Security {
        /** Implicit TLS from the first byte ("submissions", port 465, RFC 8314 section 3.3). */
        TLS,
        /** Plain connect, then STARTTLS before AUTH (RFC 3207); refused if the server does not offer it. */
        STARTTLS,
        /** No encryption at all: only for a server on the loopback interface (demo, tests). */
        PLAIN
    }

    String host();

    @WithDefault("587")
    int port();

    @WithDefault("STARTTLS")
    Security security();

    /** A PEM file of CA certificates trusted in addition to the JDK's own (used for both relays). */
    Optional<Path> trustPem();

    @WithDefault("10s")
    Duration connectTimeout();

    @WithDefault("60s")
    Duration readTimeout();

    @WithDefault("60s")
    Duration writeTimeout();

    /**
     * How long a user's signed-in submission connection stays open after a send, so their next message skips the
     * connect, TLS and AUTH round trips. 0 opens a connection per message. Keep it well under the server's own idle
     * timeout (Postfix smtpd_timeout: 300 s).
     */
    @WithDefault("30s")
    Duration idleTimeout();

    /**
     * At most this many idle connections are kept across all users (the least recently used closes first). Each one
     * holds a server process (Postfix smtpd) while it waits, so keep it well below the server's process limit.
     */
    @WithDefault("20")
    int maxIdleConnections();

    /** True when the server files a copy of submitted mail in Sent itself (then the webmail does not append one). */
    @WithDefault("false")
    boolean serverSavesSent();

    /** A second submission server, used only when the first cannot be reached. */
    Optional<Backup> backup();

    /** Give all three keys (no defaults: a default would make the optional group always present). */
    interface Backup {
        String host();

        int port();

        Security security();
    }
}
