package org.webmail.journey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.RestartableGreenMailResource;
import org.webmail.support.TestMailbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The mail server goes away and comes back: the reader gets plain words, then their mail again. */
@QuarkusTest
@WithTestResource(RestartableGreenMailResource.class)
class MailServerOutageJourneyTest {

    private boolean stopped;

    @AfterEach
    void bringTheServerBack() {
        if (stopped) {
            RestartableGreenMailResource.startServer();
        }
    }

    @Test
    void aDeadServerGivesAPlainPageAndTheNextRequestAfterItsRestartWorks() {
        Browser alice = new Browser().signedIn(TestMailbox.USER, TestMailbox.PASSWORD);
        alice.get("/mail/INBOX").then().statusCode(200);

        RestartableGreenMailResource.stopServer();
        stopped = true;
        alice.get("/mail/INBOX").then().statusCode(503)
                .body(containsString("Your mail server cannot be reached"))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));

        RestartableGreenMailResource.startServer();
        stopped = false;
        alice.get("/mail/INBOX").then().statusCode(200).body(containsString("Numbered message 120"));
    }

    @Test
    void signingInWhileTheServerIsDownSaysSo() {
        RestartableGreenMailResource.stopServer();
        stopped = true;
        new Browser().signIn(TestMailbox.USER, TestMailbox.PASSWORD).then().statusCode(401)
                .body(containsString("The mail server cannot be reached right now"));
    }
}
