package org.webmail.live;

import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.webmail.support.TestMailbox;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * GreenMail (IMAP with IDLE, SMTP) for the live-update journeys, restartable on the same ports. Short timings so the
 * journeys see a grace period end, a reconnect and IDLE renewed within seconds.
 */
public class LiveMailServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;
    private static int imapPort;
    private static int smtpPort;

    public static GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        imapPort = greenMail.getImap().getPort();
        smtpPort = greenMail.getSmtp().getPort();
        TestMailbox.seed(greenMail);
        Map<String, String> config = new HashMap<>();
        config.put("webmail.imap.host", "127.0.0.1");
        config.put("webmail.imap.port", String.valueOf(imapPort));
        config.put("webmail.imap.security", "PLAIN");
        config.put("webmail.imap.connect-timeout", "2s");
        config.put("webmail.imap.read-timeout", "3s");
        config.put("webmail.smtp.host", "127.0.0.1");
        config.put("webmail.smtp.port", String.valueOf(smtpPort));
        config.put("webmail.smtp.security", "PLAIN");
        config.put("webmail.live.grace", "2s");
        // GreenMail reports other sessions' flag changes only when IDLE ends (its IDLE passes on EXISTS and EXPUNGE):
        // renewing IDLE every 2 s brings them within the journeys' 5 s. Dovecot reports them during IDLE.
        config.put("webmail.live.idle-renew", "2s");
        config.put("webmail.live.reconnect-min", "500ms");
        config.put("webmail.live.reconnect-max", "2s");
        config.put("webmail.live.session-check", "1s");
        config.put("quarkus.log.category.\"org.webmail.imap.FolderWatch\".level", "DEBUG");
        return config;
    }

    public static void stopServer() {
        greenMail.stop();
    }

    /** A fresh server on the same ports with the same mailbox, as after a restart. */
    public static void startServer() {
        greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
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
