package org.webmail.demo;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The demo profile's in-process IMAP and SMTP server (GreenMail), on 127.0.0.1 only, started with the
 * application and seeded with a realistic mailbox. GreenMail keeps mail in memory, so every start seeds anew.
 */
@Singleton
public class DemoMailServer {

    private static final Logger LOG = Logger.getLogger(DemoMailServer.class);
    private static final String LOOPBACK = "127.0.0.1";
    /** The server binds in a background thread; on a busy machine that can take a while. */
    private static final long STARTUP_TIMEOUT_MILLIS = 15_000;

    private final DemoMode mode;
    private GreenMail greenMail;

    public DemoMailServer(DemoMode mode) {
        this.mode = mode;
    }

    /** Early (before the application's own observers at APPLICATION priority) so they find the server up. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        if (mode.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts the server and seeds the demo account; a demo without its mailbox is pointless, so failures propagate. */
    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        GreenMail server = new GreenMail(new ServerSetup[] {
                setup(mode.imapPort(), ServerSetup.PROTOCOL_IMAP), setup(mode.smtpPort(), ServerSetup.PROTOCOL_SMTP)});
        server.start();
        try {
            GreenMailUser user = server.setUser(mode.username(), mode.username(), mode.password());
            Instant started = Instant.now();
            Map<String, Integer> counts = new DemoMailboxSeeder(server.getManagers().getImapHostManager()).seed(user, started);
            LOG.infof("Demo mail server on %s: IMAP %d, SMTP %d; %s signs in with password \"%s\"; seeded %s in %d ms",
                    LOOPBACK, server.getImap().getPort(), server.getSmtp().getPort(), mode.username(), mode.password(),
                    counts, Duration.between(started, Instant.now()).toMillis());
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        greenMail = server;
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
            LOG.info("Demo mail server stopped");
        }
    }

    /** The bound IMAP port (differs from the configured one when that was 0), or -1 when not running. */
    public synchronized int imapPort() {
        return greenMail == null ? -1 : greenMail.getImap().getPort();
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, LOOPBACK, protocol);
        setup.setServerStartupTimeout(STARTUP_TIMEOUT_MILLIS);
        return setup;
    }
}
