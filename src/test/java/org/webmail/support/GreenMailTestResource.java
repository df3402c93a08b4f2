package org.webmail.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real in-process IMAP/SMTP server (GreenMail) on free loopback ports for @QuarkusTest journeys, seeded with
 * alice's mailbox by {@link TestMailbox}. The webmail is pointed at it through its ordinary configuration.
 */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;

    public static GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        TestMailbox.seed(greenMail);
        return Map.of(
                "webmail.imap.host", "127.0.0.1",
                "webmail.imap.port", String.valueOf(greenMail.getImap().getPort()),
                "webmail.imap.security", "PLAIN",
                "webmail.smtp.host", "127.0.0.1",
                "webmail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()),
                "webmail.smtp.security", "PLAIN");
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
