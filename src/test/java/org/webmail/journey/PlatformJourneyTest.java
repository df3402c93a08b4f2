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
        guesser.signIn("bob@example.test", "bob-pass").then().statusCode(429)
                .body(containsString("Too many failed sign-ins. Try again in 1 minute."));
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
    void signingOutClosesTheUsersImapConnections() {
        Browser carol = new Browser().signedIn("carol@example.test", "carol-pass");
        carol.get("/mail/INBOX").then().statusCode(200);
        double before = openConnections();
        carol.post("/logout", Map.of()).then().statusCode(303);
        org.junit.jupiter.api.Assertions.assertTrue(openConnections() < before,
                "connections open before sign-out " + before + ", after " + openConnections());
    }

    private static double openConnections() {
        String metrics = new Browser().request().get("/q/metrics").asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^webmail_imap_connections_open(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        if (!m.find()) {
            throw new AssertionError("no webmail_imap_connections_open in /q/metrics");
        }
        return Double.parseDouble(m.group(1));
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
