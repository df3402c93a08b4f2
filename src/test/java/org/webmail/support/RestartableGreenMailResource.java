package org.webmail.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A GreenMail that a test can stop and start again on the same port, as a mail server restart looks. */
public class RestartableGreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;
    private static int imapPort;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        greenMail.start();
        imapPort = greenMail.getImap().getPort();
        TestMailbox.seed(greenMail);
        return Map.of("webmail.imap.host", "127.0.0.1", "webmail.imap.port", String.valueOf(imapPort),
                "webmail.imap.security", "PLAIN", "webmail.imap.connect-timeout", "2s");
    }

    public static void stopServer() {
        greenMail.stop();
    }

    /** A fresh server on the same port with the same mailbox, as after a restart. */
    public static void startServer() {
        greenMail = new GreenMail(new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        greenMail.start();
        TestMailbox.seed(greenMail);
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
