package org.webmail.imap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@link MailServerSettings} for tests: short timeouts so a broken test fails in seconds. */
record TestServer(String host, int port, Security security, Optional<Path> trustPem,
                  Duration connectTimeout, Duration readTimeout, Duration writeTimeout) implements MailServerSettings {

    static TestServer plain(int port) {
        return new TestServer("127.0.0.1", port, Security.PLAIN, Optional.empty(),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    TestServer withSecurity(String host, Security security, Path trustPem) {
        return new TestServer(host, port, security, Optional.ofNullable(trustPem), connectTimeout, readTimeout, writeTimeout);
    }
}
