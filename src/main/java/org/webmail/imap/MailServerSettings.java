package org.webmail.imap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The organisation's IMAP server. Users cannot choose another host: the server is part of the deployment.
 */
@ConfigMapping(prefix = "webmail.imap")
public interface MailServerSettings {

    /** How the connection is protected. */
    enum Security {
        /** Implicit TLS from the first byte ("imaps", RFC 8314 section 3.2). */
        TLS,
        /** Plain connect, then STARTTLS before LOGIN (RFC 3501 section 6.2.1); refused if the server does not offer it. */
        STARTTLS,
        /** No encryption at all: only for a server on the loopback interface (demo, tests). */
        PLAIN
    }

    String host();

    int port();

    @WithDefault("TLS")
    Security security();

    /** A PEM file of CA certificates trusted in addition to the JDK's own. */
    Optional<Path> trustPem();

    @WithDefault("10s")
    Duration connectTimeout();

    @WithDefault("30s")
    Duration readTimeout();

    @WithDefault("30s")
    Duration writeTimeout();
}
