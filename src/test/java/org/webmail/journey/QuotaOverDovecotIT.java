package org.webmail.journey;

import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.webmail.interop.DovecotTestResource;
import org.webmail.support.Browser;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The quota in the folder pane from a real Dovecot: needs its quota and imap_quota plugins with a 1 GB storage rule
 * (src/test/interop/dovecot/dovecot.conf, "quota_rule = *:storage=1G"), active after the interop Dovecot restarts.
 */
@QuarkusTest
@WithTestResource(value = DovecotTestResource.class, initArgs = @ResourceArg(name = "security", value = "TLS"))
class QuotaOverDovecotIT {

    @Test
    void theFolderPaneShowsHowMuchOfTheOneGigabyteQuotaIsUsed() {
        Browser browser = new Browser().signedIn(FolderManagementOverTlsIT.USER, FolderManagementOverTlsIT.PASSWORD);
        browser.get("/mail/INBOX").then().statusCode(200)
                .body(containsString("<meter min=\"0\" max=\"1073741824\""))
                .body(containsString("of 1 GB used</span>"));
        browser.get("/folders").then().statusCode(200).body(containsString("of 1 GB used</span>"));
    }
}
