package org.webmail.journey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;
import org.webmail.support.TestMailbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;

/** What operators and attackers meet: HTTPS only, guessing slowed down, health and metrics. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class PlatformJourneyTest {

    @Test
    void plainHttpIsRedirectedToHttps() {
        given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .baseUri("http://localhost:" + Integer.getInteger("quarkus.http.test-port", 8081))
                .get("/login").then().statusCode(301).header("Location", startsWith("https://"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhileEvenWithTheRightOne() {
        Browser guesser = new Browser();
        for (int i = 0; i < 5; i++) {
            guesser.signIn("bob@example.test", "guess-" + i).then().statusCode(401)
                    .body(containsString("The mail address or password is wrong."));
        }
        guesser.signIn("bob@example.test", "bob-pass").then().statusCode(401)
                .body(containsString("Too many failed sign-ins"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        Browser browser = new Browser();
        browser.get("/login");
        browser.request().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("username", TestMailbox.USER, "password", TestMailbox.PASSWORD, "csrf", "forged-token-value"))
                .post("/login").then().statusCode(403);
    }

    @Test
    void readinessDoesNotDependOnAnyMailServer() {
        new Browser().request().get("/q/health/ready").then().statusCode(200).body(containsString("\"status\": \"UP\""));
    }

    @Test
    void poolMetricsArePublishedForPrometheus() {
        new Browser().signedIn(TestMailbox.USER, TestMailbox.PASSWORD).get("/mail/INBOX").then().statusCode(200);
        new Browser().request().get("/q/metrics").then().statusCode(200)
                .body(containsString("webmail_imap_connections_open"))
                .body(containsString("webmail_imap_leases_in_use"))
                .body(containsString("webmail_imap_command_seconds"));
    }
}
