package org.webmail.journey;

import static org.hamcrest.Matchers.containsString;

import java.util.Date;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A reader sets their time zone and page size; the mailbox follows. Stored in the webmail's database. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class SettingsJourneyTest {

    private static final String USER = "dora@example.test";
    private static final String PASSWORD = "dora-pass";

    @BeforeAll
    static void doraHasTwentyFiveMessages() throws Exception {
        GreenMailTestResource.greenMail().setUser(USER, USER, PASSWORD);
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", GreenMailTestResource.greenMail().getImap().getPort(), USER, PASSWORD);
            Message[] messages = new Message[25];
            for (int i = 0; i < messages.length; i++) {
                MimeMessage m = new MimeMessage(Session.getInstance(props));
                m.setFrom(new InternetAddress("eve@example.test"));
                m.setSubject("Note " + i);
                // 2026-06-01T23:30:00Z is already 2 June in Tokyo (UTC+9) and still 1 June in São Paulo (UTC-3).
                m.setSentDate(Date.from(java.time.Instant.parse("2026-06-01T23:30:00Z")));
                m.setText("note " + i);
                messages[i] = m;
            }
            store.getFolder("INBOX").appendMessages(messages);
        }
    }

    @Test
    void theTimeZoneFromTheBrowserAtFirstSignInIsTheStartingPoint() {
        new Browser().signedIn(USER, PASSWORD).get("/settings").then().statusCode(200)
                .body(containsString("<option value=\"Europe/Lisbon\" selected>"))
                .body(containsString("value=\"50\""));
    }

    @Test
    void savedSettingsChangeThePageSizeAndTheDatesShown() {
        Browser dora = new Browser().signedIn(USER, PASSWORD);
        dora.post("/settings", Map.of("displayName", "Dora", "zone", "Asia/Tokyo", "pageSize", "10"))
                .then().statusCode(303).header("Location", containsString("/settings?saved=1"));
        dora.get("/settings?saved=1").then().statusCode(200)
                .body(containsString("Your settings were saved."))
                .body(containsString("<option value=\"Asia/Tokyo\" selected>"))
                .body(containsString("value=\"Dora\""));
        dora.get("/mail/INBOX").then().statusCode(200)
                .body(containsString("Page 1 of 3"))
                .body(containsString(">2 Jun<"));
        dora.post("/settings", Map.of("displayName", "Dora", "zone", "America/Sao_Paulo", "pageSize", "50")).then().statusCode(303);
        dora.get("/mail/INBOX").then().statusCode(200).body(containsString("Page 1 of 1")).body(containsString(">1 Jun<"));
        // back to where the other journeys expect Dora
        dora.post("/settings", Map.of("displayName", "", "zone", "Europe/Lisbon", "pageSize", "50")).then().statusCode(303);
    }

    @Test
    void impossibleSettingsAreExplainedAndNothingIsSaved() {
        Browser dora = new Browser().signedIn(USER, PASSWORD);
        dora.post("/settings", Map.of("zone", "Mars/Olympus", "pageSize", "50")).then().statusCode(400)
                .body(containsString("Choose a time zone from the list."));
        dora.post("/settings", Map.of("zone", "Europe/Lisbon", "pageSize", "5")).then().statusCode(400)
                .body(containsString("Messages per page must be between 10 and 200."));
    }
}
