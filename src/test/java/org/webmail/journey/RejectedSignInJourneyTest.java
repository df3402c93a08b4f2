package org.webmail.journey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.webmail.imap.MailStore;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The mail server stops accepting a login that worked at sign-in (the password was changed in another client): the
 * next page that needs a new connection ends the session and asks to sign in again, instead of failing forever.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class RejectedSignInJourneyTest {

    @Inject
    MailStore mailStore;

    @Test
    void aPasswordChangedElsewhereEndsTheSessionWithAPlainRequestToSignInAgain() {
        String user = "dora-" + System.nanoTime() + "@example.test";
        GreenMailTestResource.greenMail().setUser(user, user, "old-pass");
        Browser dora = new Browser().signedIn(user, "old-pass");
        dora.get("/").then().statusCode(303).header("Location", endsWith("/mail/INBOX"));

        GreenMailTestResource.greenMail().getUserManager().getUser(user).setPassword("new-pass");
        mailStore.retire(user); // her open connections close; the next page needs a new login, which the server refuses
        dora.get("/mail/INBOX").then().statusCode(303).header("Location", endsWith("/login?expired=1"));
        dora.get("/login?expired=1").then().statusCode(200)
                .body(containsString("Your mail server no longer accepts your sign-in"));
        dora.get("/mail/INBOX").then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void aNameWithALineBreakIsAWrongNameNotAnErrorPage() {
        String user = "lines-" + System.nanoTime() + "@example.test";
        GreenMailTestResource.greenMail().setUser(user, user, "pass");
        new Browser().from("127.0.0.3").signIn(user + "\r\nA1 LOGIN " + user + " pass", "pass").then().statusCode(401)
                .body(containsString("The mail address or password is wrong."));
    }
}
