package org.webmail.imap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The mail layer talking to the test class's GreenMail through a wire tap, so a test can assert what went on the
 * wire: opened before each test, closed after it. Register it as an instance field after the static GreenMail.
 */
final class TappedGreenMail implements BeforeEachCallback, AfterEachCallback {

    private final GreenMailExtension greenMail;
    ImapWireTap tap;
    ImapRig rig;

    TappedGreenMail(GreenMailExtension greenMail) {
        this.greenMail = greenMail;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        tap = new ImapWireTap(greenMail.getImap().getPort());
        rig = ImapRig.plain(tap.port());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        rig.close();
        tap.close();
    }
}
