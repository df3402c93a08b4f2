package org.webmail.imap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** GreenMail on a free loopback port for a @QuarkusTest, with Alice as its user; the app is pointed at it. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
        greenMail.start();
        greenMail.setUser(Mailboxes.ALICE, Mailboxes.ALICE, Mailboxes.PASSWORD);
        return Map.of(
                "webmail.imap.host", "127.0.0.1",
                "webmail.imap.port", Integer.toString(greenMail.getImap().getPort()),
                "webmail.imap.security", "PLAIN");
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
