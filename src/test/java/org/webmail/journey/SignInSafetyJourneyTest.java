package org.webmail.journey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.audit.AuditEvent;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Sign-in as a guesser, an attacker planting a session id and the account's owner see it: a growing wait said in
 * words (and the mail server not asked meanwhile), a fresh session id at every sign-in, and every sign-in, refusal
 * and sign-out in the audit log and on the settings page.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class SignInSafetyJourneyTest {

    private final List<LogRecord> audit = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            audit.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("webmail.audit").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("webmail.audit").removeHandler(capture);
    }

    private static String user(String name) {
        String login = "safety-" + name + "-" + System.nanoTime() + "@example.test";
        GreenMailTestResource.greenMail().setUser(login, login, "right-pass");
        return login;
    }

    @Test
    void aGuesserIsToldHowLongToWaitAndTheRightPasswordIsNotEvenTriedMeanwhile() {
        String login = user("guess");
        Browser guesser = new Browser();
        for (int i = 0; i < 4; i++) {
            guesser.signIn(login, "guess-" + i).then().statusCode(401).body(containsString("The mail address or password is wrong."));
        }
        guesser.signIn(login, "guess-4").then().statusCode(401); // the last free one; from now on each failure waits
        Response blocked = guesser.signIn(login, "right-pass");
        blocked.then().statusCode(429).header("Retry-After", "60")
                .body(containsString("Too many failed sign-ins. Try again in 1 minute."));
        assertTrue(rows(login, AuditEvent.Kind.SIGN_IN).isEmpty(), "the right password, sent while blocked, did not sign in");

        new Browser().header("Accept-Language", "pt-BR").signIn(login, "right-pass").then().statusCode(429)
                .body(containsString("Muitas tentativas de entrada sem sucesso. Tente de novo em 1 minuto."));

        List<AuditEvent> refused = rows(login, AuditEvent.Kind.SIGN_IN_REFUSED);
        assertEquals(7, refused.size());
        assertEquals("password wrong_password", refused.get(0).detail);
        assertEquals("password rate_limited", refused.get(6).detail);
    }

    @Test
    void aPlantedSessionIdIsReplacedAtSignInAndDoesNotSignAnyoneIn() {
        String login = user("fixation");
        Browser victim = new Browser().cookie(Browser.SESSION_COOKIE, "planted-by-an-attacker");
        victim.signedIn(login, "right-pass");
        String afterSignIn = victim.cookie(Browser.SESSION_COOKIE);
        assertNotNull(afterSignIn);
        assertNotEquals("planted-by-an-attacker", afterSignIn);
        new Browser().cookie(Browser.SESSION_COOKIE, "planted-by-an-attacker").get("/mail/INBOX")
                .then().statusCode(303).header("Location", endsWith("/login"));
        victim.get("/mail/INBOX").then().statusCode(200);
    }

    @Test
    void signingInAgainGivesANewIdAndEndsTheOldOne() {
        String login = user("again");
        Browser browser = new Browser().signedIn(login, "right-pass");
        String first = browser.cookie(Browser.SESSION_COOKIE);
        Response again = browser.signIn(login, "right-pass");
        assertEquals(303, again.statusCode(), again.asString());
        String second = browser.cookie(Browser.SESSION_COOKIE);
        assertNotEquals(first, second);
        browser.get("/mail/INBOX").then().statusCode(200);
        new Browser().cookie(Browser.SESSION_COOKIE, first).get("/mail/INBOX")
                .then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void signInsRefusalsAndSignOutsAreRecordedAndTheUserSeesTheirRecentSignIns() {
        String login = user("audit");
        Browser browser = new Browser();
        browser.signIn(login, "wrong-pass").then().statusCode(401);
        browser.signedIn(login, "right-pass");
        browser.post("/logout", Map.of()).then().statusCode(303);
        Browser again = new Browser().signedIn(login, "right-pass");

        List<AuditEvent> events = rows(login, null);
        assertEquals(List.of(AuditEvent.Kind.SIGN_IN_REFUSED, AuditEvent.Kind.SIGN_IN, AuditEvent.Kind.SIGN_OUT, AuditEvent.Kind.SIGN_IN),
                events.stream().map(e -> e.kind).toList());
        assertEquals("password wrong_password", events.get(0).detail);
        assertEquals("password", events.get(1).detail);
        assertEquals("127.0.0.1", events.get(1).clientAddress);
        assertEquals("user", events.get(2).detail);
        assertEquals("127.0.0.1", events.get(2).clientAddress, "the sign-out names the browser's address too");

        List<String> lines = audit.stream().map(SignInSafetyJourneyTest::text)
                .filter(l -> l.contains(login)).toList();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("SIGN_IN_REFUSED login=" + login + " address=127.0.0.1 detail=password wrong_password"),
                lines.get(0));
        assertFalse(lines.stream().anyMatch(l -> l.contains("pass ") || l.contains("right-pass") || l.contains("wrong-pass")));

        String settings = again.get("/settings").then().statusCode(200).extract().asString();
        assertTrue(settings.contains("Recent sign-ins"), settings);
        String table = settings.substring(settings.indexOf("class=\"sign-ins\""));
        assertEquals(2, table.split("<tr><td class=\"date\">").length - 1, "two sign-ins listed: " + table);
        assertTrue(table.contains("<td>Password</td>") && table.contains("127.0.0.1"), table);
        String portuguese = again.request().header("Accept-Language", "pt-BR").get("/settings").asString();
        assertTrue(portuguese.contains("Entradas recentes"), portuguese);
    }

    static String text(LogRecord record) {
        return record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    }

    /** The user's audit rows, oldest first; one kind, or all when null. */
    static List<AuditEvent> rows(String login, AuditEvent.Kind kind) {
        return QuarkusTransaction.requiringNew().call(() -> kind == null
                ? AuditEvent.<AuditEvent>find("login = ?1 order by id", login).list()
                : AuditEvent.<AuditEvent>find("login = ?1 and kind = ?2 order by id", login, kind).list());
    }
}
