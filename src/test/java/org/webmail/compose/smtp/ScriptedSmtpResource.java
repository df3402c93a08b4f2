package org.webmail.compose.smtp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the webmail's submission at a {@link ScriptedSmtpServer} (the IMAP side comes from GreenMailTestResource). */
public class ScriptedSmtpResource implements QuarkusTestResourceLifecycleManager {

    private static ScriptedSmtpServer server;

    static ScriptedSmtpServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new ScriptedSmtpServer();
        return Map.of("webmail.smtp.host", "127.0.0.1", "webmail.smtp.port", String.valueOf(server.port()),
                "webmail.smtp.security", "PLAIN", "webmail.smtp.read-timeout", "5s");
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
