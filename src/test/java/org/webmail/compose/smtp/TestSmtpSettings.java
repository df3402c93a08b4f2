package org.webmail.compose.smtp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Settings for a hand-built {@link SmtpSessions}: a primary on loopback and optionally a backup, short timeouts. */
record TestSmtpSettings(String host, int port, Security security, Optional<Backup> backup) implements SmtpSettings {

    static TestSmtpSettings plain(int port) {
        return new TestSmtpSettings("127.0.0.1", port, Security.PLAIN, Optional.empty());
    }

    TestSmtpSettings withBackup(int backupPort) {
        Backup relay = new Backup() {
            public String host() {
                return "127.0.0.1";
            }

            public int port() {
                return backupPort;
            }

            public Security security() {
                return Security.PLAIN;
            }
        };
        return new TestSmtpSettings(host, port, security, Optional.of(relay));
    }

    @Override
    public Optional<Path> trustPem() {
        return Optional.empty();
    }

    @Override
    public Duration connectTimeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    public Duration readTimeout() {
        return Duration.ofSeconds(5);
    }

    @Override
    public Duration writeTimeout() {
        return Duration.ofSeconds(5);
    }

    @Override
    public Duration idleTimeout() {
        return Duration.ofSeconds(30);
    }

    @Override
    public int maxIdleConnections() {
        return 4;
    }

    @Override
    public boolean serverSavesSent() {
        return false;
    }
}
