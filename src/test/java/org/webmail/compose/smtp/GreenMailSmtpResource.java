package org.webmail.compose.smtp;

import java.util.Map;

import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the webmail's submission at the SMTP side of the GreenMail that GreenMailTestResource started before it. */
public class GreenMailSmtpResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("webmail.smtp.host", "127.0.0.1",
                "webmail.smtp.port", String.valueOf(GreenMailTestResource.greenMail().getSmtp().getPort()),
                "webmail.smtp.security", "PLAIN");
    }

    @Override
    public void stop() {
        // GreenMailTestResource stops the server
    }

    @Override
    public int order() {
        return 100; // after GreenMailTestResource (order 0) has started the server
    }
}
