package org.webmail.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Secrets stay secret: the one secret the webmail stores (a single sign-on refresh token, for the outbox's work
 * without the user) is sealed in its database row, and no password reaches the log, even at debug level, through a
 * wrong sign-in, a right one, a send and a mail server that stops accepting the login.
 */
@QuarkusTest
@TestProfile(SecretsJourneyTest.WithTokenKeyAndDebugLog.class)
@WithTestResource(GreenMailTestResource.class)
class SecretsJourneyTest {

    public static class WithTokenKeyAndDebugLog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("webmail.sso.token-key", Base64.getEncoder().encodeToString(new byte[32]),
                    "quarkus.log.category.\"org.webmail\".level", "DEBUG");
        }
    }

    @Inject
    DataSource database;

    @Test
    void aStoredRefreshTokenIsSealedInItsRow() throws Exception {
        String login = "secrets-sso-" + System.nanoTime() + "@example.test";
        String token = "refresh-token-that-must-not-show-" + System.nanoTime();
        Object grants = Arc.container().instance(Class.forName("org.webmail.auth.sso.OfflineGrants")).get();
        Method store = Class.forName("org.webmail.auth.sso.OfflineGrants").getDeclaredMethod("store", String.class, String.class, String.class);
        store.setAccessible(true);
        store.invoke(grants, login, "keycloak", token);

        List<String> columns = new ArrayList<>();
        byte[] sealed;
        try (Connection c = database.getConnection();
             PreparedStatement q = c.prepareStatement("select * from sso_offline_grant where login = ?")) {
            q.setString(1, login);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), "the grant was stored");
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.add(String.valueOf(row.getString(i)));
                }
                sealed = row.getBytes("sealed_token");
            }
        }
        String raw = new String(sealed, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains(token) || raw.contains(token.substring(0, 16)), "the token is not in the row's bytes");
        assertFalse(columns.stream().anyMatch(v -> v.contains(token.substring(0, 16))), columns.toString());
        assertTrue(sealed.length >= token.length() + 12 + 16, "nonce, ciphertext and tag");
        Method stored = Class.forName("org.webmail.auth.sso.OfflineGrants").getDeclaredMethod("stored", String.class);
        stored.setAccessible(true);
        assertTrue(String.valueOf(stored.invoke(grants, login)).contains(token), "the key from configuration opens it again");
    }

    @Test
    void noPasswordReachesTheLog() {
        String login = "secrets-log-" + System.nanoTime() + "@example.test";
        String right = "Right-Secret-" + System.nanoTime();
        String wrong = "Wrong-Secret-" + System.nanoTime();
        String later = "Changed-Secret-" + System.nanoTime();
        GreenMailTestResource.greenMail().setUser(login, login, right);
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Browser browser = new Browser();
            browser.signIn(login, wrong).then().statusCode(401); // the mail server refuses the login
            browser.signedIn(login, right);
            ComposePage page = ComposePage.open(browser, "/compose");
            Response sent = page.request("send", Map.of("to", "bob@example.test", "subject", "Secret-free", "body", "Hi"), Map.of())
                    .post("/compose");
            assertEquals(303, sent.statusCode(), sent.asString());
            // The password changes elsewhere: the next connection's login fails on the mail server.
            GreenMailTestResource.greenMail().getUserManager().getUser(login).setPassword(later);
            Arc.container().instance(org.webmail.imap.MailStore.class).get().retire(login);
            browser.get("/mail/INBOX").then().statusCode(303);
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(records.size() > 3, "the log was captured: " + records.size());
        for (LogRecord record : records) {
            String text = SignInSafetyJourneyTest.text(record) + " " + (record.getThrown() == null ? "" : stackOf(record.getThrown()));
            for (String secret : List.of(right, wrong, later)) {
                assertFalse(text.contains(secret), record.getLoggerName() + ": " + text);
            }
        }
    }

    private static String stackOf(Throwable thrown) {
        var out = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
