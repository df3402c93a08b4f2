package org.webmail.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The abuse limits, made small so a journey reaches them: recipients per message, messages per hour, the upload
 * caps (the message size inside the form, the HTTP body size before it) and the run time of an all-folders search.
 * Each refusal is a plain sentence, and the compose form keeps what was typed.
 */
@QuarkusTest
@TestProfile(TightLimitsJourneyTest.TightLimits.class)
@WithTestResource(GreenMailTestResource.class)
class TightLimitsJourneyTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("webmail.send.max-recipients", "3", "webmail.send.max-messages-per-hour", "2",
                    "webmail.compose.max-message-size", "100K", "quarkus.http.limits.max-body-size", "200K",
                    "webmail.search.max-run-time", "0s");
        }
    }

    private static Browser signedIn(String name) {
        String login = "limits-" + name + "-" + System.nanoTime() + "@example.test";
        GreenMailTestResource.greenMail().setUser(login, login, "limits-pass");
        return new Browser().signedIn(login, "limits-pass");
    }

    @Test
    void aMessageToTooManyPeopleIsRefusedAndKept() {
        ComposePage page = ComposePage.open(signedIn("many"), "/compose");
        ComposePage refused = page.post("send", Map.of("to", "a@example.test, b@example.test", "cc", "c@example.test",
                "bcc", "d@example.test", "subject", "Party", "body", "Come along"), Map.of());
        assertEquals(400, refused.response.statusCode());
        assertEquals(List.of("This message has 4 recipients; one message may go to at most 3 (To, Cc and Bcc together). "
                + "Split it into several messages, or ask your administrator for a mailing list."), refused.problems());
        assertEquals("a@example.test, b@example.test", refused.field("to"));
        assertEquals("d@example.test", refused.field("bcc"));
        assertEquals("Come along", refused.field("body"));
    }

    @Test
    void theThirdMessageWithinAnHourIsRefusedAndKept() {
        Browser sender = signedIn("hourly");
        for (int i = 0; i < 2; i++) {
            Response sent = ComposePage.open(sender, "/compose").request("send",
                    Map.of("to", "bob@example.test", "subject", "Note " + i, "body", "Hello"), Map.of()).post("/compose");
            assertEquals(303, sent.statusCode(), sent.asString());
        }
        ComposePage third = ComposePage.open(sender, "/compose").post("send",
                Map.of("to", "bob@example.test", "subject", "One too many", "body", "Still here"), Map.of());
        assertEquals(400, third.response.statusCode());
        assertEquals(List.of("You have sent 2 messages in the last hour, the most the webmail allows. "
                + "Your message is kept here: send it again later."), third.problems());
        assertEquals("One too many", third.field("subject"));
        assertEquals("Still here", third.field("body"));

        sender.header("Accept-Language", "pt-BR");
        ComposePage portuguese = third.post("send", Map.of(), Map.of());
        assertEquals(List.of("Você enviou 2 mensagens na última hora, o máximo que o webmail permite. "
                + "Sua mensagem continua aqui: envie-a de novo mais tarde."), portuguese.problems());
    }

    @Test
    void anUploadOverTheMessageSizeIsExplainedInTheFormAndOneOverTheBodyCapOnAPlainPage() {
        ComposePage page = ComposePage.open(signedIn("upload"), "/compose");
        ComposePage tooBig = page.post("attach", Map.of("to", "bob@example.test", "body", "Kept text"),
                Map.of("photo.jpg", new byte[150 * 1024]));
        assertEquals(400, tooBig.response.statusCode());
        assertTrue(tooBig.problems().get(0).startsWith("“photo.jpg” (150 KB) would make the message"), tooBig.problems().toString());
        assertEquals("Kept text", tooBig.field("body"));

        // As a browser sends a form: one body with its Content-Length (RestAssured's own multipart would go chunked).
        Response huge = tooBig.browser.request().contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(formWithFile(tooBig.browser.cookie(Browser.CSRF_COOKIE), tooBig.composeId(), 300 * 1024)).post("/compose");
        String body = huge.asString();
        assertEquals(413, huge.statusCode(), body + huge.headers());
        assertTrue(body.contains("Too much to send at once"), body + huge.headers());
        assertTrue(body.contains("bigger than the webmail accepts in one go (200 KB)"), body);
        assertFalse(body.contains("Exception"), body);
    }

    private static final String BOUNDARY = "----limits-boundary-7";

    private static byte[] formWithFile(String csrf, String compose, int size) {
        var out = new java.io.ByteArrayOutputStream();
        String fields = part("csrf", csrf) + part("compose", compose) + part("action", "attach")
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"video.mp4\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(fields.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(new byte[size]);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    @Test
    void anAllFoldersSearchThatRunsOutOfTimeSaysItsResultsMayBeIncomplete() throws Exception {
        String login = "limits-search-" + System.nanoTime() + "@example.test";
        GreenMailTestResource.greenMail().setUser(login, login, "limits-pass");
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", GreenMailTestResource.greenMail().getImap().getPort(), login, "limits-pass");
            for (String name : List.of("INBOX", "Kestrels", "More kestrels")) {
                Folder folder = store.getFolder(name);
                if (!folder.exists()) {
                    folder.create(Folder.HOLDS_MESSAGES);
                }
                MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
                m.setFrom("watcher@example.test");
                m.setSubject("kestrel seen in " + name);
                m.setText("A kestrel.");
                m.saveChanges();
                folder.appendMessages(new Message[] {m});
            }
        }
        Browser browser = new Browser().signedIn(login, "limits-pass");
        String page = browser.request().queryParam("q", "kestrel").queryParam("folder", "INBOX").queryParam("scope", "all")
                .get("/search").then().statusCode(200).extract().asString();
        assertTrue(page.contains("The search stopped early because it was taking too long: 2 folders were not searched, "
                + "so the results may be incomplete."), page);
        assertTrue(page.contains("1 message matches"), page);
        assertTrue(Arrays.stream(page.split("\n")).noneMatch(l -> l.contains("Exception")));
    }
}
