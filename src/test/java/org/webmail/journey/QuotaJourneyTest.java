package org.webmail.journey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import jakarta.mail.Quota;

import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import com.icegreen.greenmail.store.Store;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The folder pane shows how much of the mail server's quota is used (RFC 9208 GETQUOTAROOT), and nothing when the
 * server has no quota for the user or does not offer QUOTA at all. Each journey has a mailbox of its own, as the
 * webmail remembers a user's quota for a minute.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class QuotaJourneyTest {

    private static final String PASSWORD = "quota-pass";

    @Test
    void theFolderPaneShowsHowMuchOfTheQuotaIsUsedOnEveryPageWithOne() {
        String user = mailbox("quota-set@example.test");
        setStorageLimit(user, 1024 * 1024); // units of 1024 octets: 1 GB
        Browser browser = new Browser().signedIn(user, PASSWORD);
        browser.get("/mail/INBOX").then().statusCode(200)
                .body(containsString("<meter min=\"0\" max=\"1073741824\""))
                .body(containsString("of 1 GB used</span>"));
        browser.get("/folders").then().statusCode(200).body(containsString("of 1 GB used</span>"));
    }

    @Test
    void theQuotaIsRememberedForAMinuteRatherThanAskedOnEveryPage() {
        String user = mailbox("quota-cached@example.test");
        setStorageLimit(user, 1024 * 1024);
        Browser browser = new Browser().signedIn(user, PASSWORD);
        browser.get("/mail/INBOX").then().body(containsString("of 1 GB used"));
        setStorageLimit(user, 2 * 1024 * 1024);
        browser.get("/mail/INBOX").then().body(containsString("of 1 GB used"));
    }

    @Test
    void nothingIsShownWhenTheServerSetsNoQuotaForTheUser() {
        String user = mailbox("quota-none@example.test");
        new Browser().signedIn(user, PASSWORD).get("/mail/INBOX").then().statusCode(200)
                .body(containsString("Manage folders"))
                .body(not(containsString("<meter")));
    }

    @Test
    void nothingIsShownWhenTheServerDoesNotOfferQuota() {
        String user = mailbox("quota-off@example.test");
        setStorageLimit(user, 1024 * 1024);
        Store store = GreenMailTestResource.greenMail().getManagers().getImapHostManager().getStore();
        store.setQuotaSupported(false); // GreenMail then leaves QUOTA out of its CAPABILITY answer
        try {
            new Browser().signedIn(user, PASSWORD).get("/mail/INBOX").then().statusCode(200)
                    .body(containsString("Manage folders"))
                    .body(not(containsString("<meter")));
        } finally {
            store.setQuotaSupported(true);
        }
    }

    private static String mailbox(String user) {
        GreenMailTestResource.greenMail().setUser(user, user, PASSWORD);
        return user;
    }

    private static void setStorageLimit(String user, long kilobytes) {
        GreenMail greenMail = GreenMailTestResource.greenMail();
        GreenMailUser owner = greenMail.getUserManager().getUser(user);
        Quota quota = new Quota("");
        quota.setResourceLimit("STORAGE", kilobytes);
        greenMail.getManagers().getImapHostManager().getStore().setQuota(quota, owner.getQualifiedMailboxName());
    }
}
