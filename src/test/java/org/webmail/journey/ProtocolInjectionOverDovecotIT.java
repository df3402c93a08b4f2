package org.webmail.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.interop.DovecotTestResource;
import org.webmail.interop.InteropServer;
import org.webmail.support.Browser;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What a person types never becomes protocol syntax: folder names, search terms, addresses and header values
 * carrying IMAP quoting, literals ({@code {n}}), CR/LF and non-ASCII go from the browser through the webmail to the
 * real Dovecot and Postfix, and each either arrives as exactly the text typed or is refused with a reason. The
 * attacker's aims are checked on the servers themselves: INBOX still holds its mail, no extra folder or message
 * appears, and the would-be extra recipient (user16) receives nothing.
 * <p>
 * user18 writes and organises, user17 receives, user16 is the injected recipient; no other test uses them.
 */
@QuarkusTest
@WithTestResource(value = DovecotTestResource.class, initArgs = {
    @ResourceArg(name = "security", value = "TLS"), @ResourceArg(name = "smtp", value = "STARTTLS")})
class ProtocolInjectionOverDovecotIT {

    private static final String WRITER = "user18@example.test";
    private static final String RECIPIENT = "user17@example.test";
    private static final String BYSTANDER = "user16@example.test";
    private static final String PASSWORD = "user-pass";

    private final String run = Long.toString(System.nanoTime() % 2_000_000_000L, 36);
    private final Browser browser = new Browser();

    @BeforeEach
    void signIn() throws Exception {
        try (Store store = store(WRITER)) {
            if (countIn(store, "INBOX", "Keep me") == 0) {
                store.getFolder("INBOX").appendMessages(new Message[] {message("Keep me")});
            }
        }
        browser.signedIn(WRITER, PASSWORD);
    }

    @Test
    void folderNamesWithImapSyntaxAreCreatedAsTypedOrRefusedAndTouchNothingElse() throws Exception {
        int inboxBefore;
        Set<String> before;
        try (Store store = store(WRITER)) {
            inboxBefore = store.getFolder("INBOX").getMessageCount();
            before = names(store);
        }
        List<String> hostile = List.of(
                "x\" DELETE \"INBOX-" + run,
                "{3}\r\nabc-" + run,
                "q-" + run + "\r\nA1 DELETE INBOX",
                "p-" + run + ") (\\Noselect",
                "Relatório “aspas” \\ {5}-" + run,
                "n-" + run + "\u0000INBOX");
        List<String> created = new ArrayList<>();
        for (String name : hostile) {
            Response answer = browser.post("/folders", Map.of("name", name));
            assertTrue(answer.statusCode() == 303 || answer.statusCode() == 400,
                    "created or refused with a reason, not an error page: " + answer.statusCode() + " for " + name);
            if (answer.statusCode() == 400) {
                assertTrue(answer.asString().contains("class=\"problem") || answer.asString().contains("role=\"alert\""),
                        "the page names the problem for " + name);
            } else {
                created.add(name);
            }
        }
        assertTrue(created.contains("x\" DELETE \"INBOX-" + run), "quotes are just characters of the name");
        assertTrue(created.contains("Relatório “aspas” \\ {5}-" + run), "backslash, braces and non-ASCII too");
        try (Store store = store(WRITER)) {
            Set<String> after = names(store);
            Set<String> appeared = after.stream().filter(n -> !before.contains(n)).collect(Collectors.toSet());
            assertEquals(Set.copyOf(created), appeared, "exactly the names typed, nothing more: " + appeared);
            assertEquals(inboxBefore, store.getFolder("INBOX").getMessageCount(), "INBOX untouched");
        }
        browser.get("/mail/INBOX").then().statusCode(200);
    }

    @Test
    void imapSyntaxInTheSignInNameOrPasswordIsOnlyAWrongPassword() {
        // IMAP LOGIN takes quoted strings or literals (RFC 9051 6.2.3); a name that closes the quote and adds the
        // right password, or a literal, must not sign anyone in. From 127.0.0.2: Dovecot slows down the address of
        // failed logins, and the other tests' logins come from 127.0.0.1.
        for (String[] attempt : List.of(
                new String[] {WRITER + "\" \"" + PASSWORD, "x"},
                new String[] {WRITER, "x\" \"" + PASSWORD},
                new String[] {WRITER, "{9}\r\n" + PASSWORD},
                new String[] {WRITER + "\r\nA1 LOGIN " + WRITER, PASSWORD})) {
            Response answer = new Browser().from("127.0.0.2").signIn(attempt[0], attempt[1]);
            assertTrue(answer.statusCode() == 401 || answer.statusCode() == 400,
                    "refused, not signed in: " + answer.statusCode() + " for " + List.of(attempt));
            assertNull(answer.getCookie(Browser.SESSION_COOKIE), "no session");
        }
    }

    @Test
    void searchTermsWithImapSyntaxMatchOnlyAsText() throws Exception {
        String word = "zephyr" + run;
        try (Store store = store(WRITER)) {
            store.getFolder("INBOX").appendMessages(new Message[] {message("Plain " + word)});
        }
        List<String> everything = subjects(search("Keep"));
        assertFalse(everything.isEmpty(), "a plain search works: " + everything);
        for (String term : List.of(word + "\" ALL \"", word + ") ALL (", "{5}\r\nALL", word + "\r\nA2 LOGOUT",
                "\\\" OR ALL ALL", "Relatório {0}\r\n")) {
            Response page = search(term);
            assertEquals(200, page.statusCode(), "a plain results page for " + term);
            List<String> subjects = subjects(page);
            assertTrue(subjects.isEmpty() || subjects.stream().allMatch(s -> s.contains(word)),
                    "'" + term + "' finds only what contains it as text, not ALL: " + subjects);
        }
        assertEquals(List.of("Plain " + word), subjects(search(word)), "the session still answers normally afterwards");
    }

    @Test
    void addressesAndHeadersWithLineBreaksReachOnlyTheRecipientAndStayOneHeader() throws Exception {
        String marker = "inj-" + run;
        List<Map<String, String>> attempts = List.of(
                Map.of("to", RECIPIENT + ">\r\nRCPT TO:<" + BYSTANDER, "subject", marker + " rcpt"),
                Map.of("to", "\"" + BYSTANDER + "\r\nDATA\" <" + RECIPIENT + ">", "subject", marker + " quoted"),
                Map.of("to", RECIPIENT, "bcc", "\r\n" + BYSTANDER + "\r\n.\r\nQUIT", "subject", marker + " dot"),
                Map.of("to", RECIPIENT, "subject", marker + " subject\r\nBcc: " + BYSTANDER),
                Map.of("to", RECIPIENT, "subject", marker + " utf8 Olá “{5}” \\ \u2028Bcc: " + BYSTANDER));
        int accepted = 0;
        for (Map<String, String> fields : attempts) {
            ComposePage form = ComposePage.open(browser, "/compose");
            Response answer = form.request("send", Map.of("to", fields.get("to"), "cc", "", "bcc", fields.getOrDefault("bcc", ""),
                    "subject", fields.get("subject"), "body", "Hello.\r\n.\r\nMAIL FROM:<" + BYSTANDER + ">\r\n"), Map.of())
                    .post("/compose");
            assertTrue(answer.statusCode() == 303 || answer.statusCode() == 400,
                    "sent or refused with the form kept: " + answer.statusCode() + " for " + fields);
            if (answer.statusCode() == 400) {
                ComposePage refused = ComposePage.of(browser, answer);
                assertFalse(refused.problems().isEmpty(), "the form names the problem");
                assertEquals(fields.get("subject").replace("\r\n", "\n"), refused.field("subject").replace("\r\n", "\n"),
                        "what was typed is kept");
            } else {
                accepted++;
            }
        }
        assertTrue(accepted >= 2, "the subject attempts are ordinary mail with odd subjects: " + accepted);

        List<MimeMessage> arrived = awaitMessages(RECIPIENT, marker, accepted);
        assertEquals(accepted, arrived.size(), "each accepted message arrives once");
        for (MimeMessage m : arrived) {
            assertEquals(1, m.getHeader("Subject").length, "one Subject header");
            assertNull(m.getHeader("Bcc"), "no Bcc header was smuggled in");
            assertFalse(m.getSubject().contains("\n") || m.getSubject().contains("\r"), m.getSubject());
            for (Address to : m.getAllRecipients()) {
                assertFalse(((InternetAddress) to).getAddress().equalsIgnoreCase(BYSTANDER), "bystander named as " + to);
            }
        }
        assertTrue(arrived.stream().anyMatch(m -> subject(m).equals(marker + " utf8 Olá “{5}” \\  Bcc: " + BYSTANDER)
                || subject(m).equals(marker + " utf8 Olá “{5}” \\ Bcc: " + BYSTANDER)),
                "non-ASCII, quotes, braces and backslash arrive as typed: "
                        + arrived.stream().map(m -> subject(m).codePoints().boxed().toList()).toList());
        try (Store store = store(BYSTANDER)) {
            assertEquals(0, countIn(store, "INBOX", marker), "the bystander received nothing");
        }
    }

    private Response search(String query) {
        return browser.request().queryParam("q", query).queryParam("folder", "INBOX").get("/search");
    }

    private static List<String> subjects(Response page) {
        return org.jsoup.Jsoup.parse(page.asString()).select("td.subject > a").eachText();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits until {@code expected} messages with the marker are in the INBOX (Postfix delivers through LMTP). */
    private static List<MimeMessage> awaitMessages(String user, String marker, int expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try (Store store = store(user)) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<MimeMessage> found = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    if (m.getSubject() != null && m.getSubject().startsWith(marker)) {
                        found.add(new MimeMessage((MimeMessage) m));
                    }
                }
                inbox.close(false);
                if (found.size() >= expected || Instant.now().isAfter(deadline)) {
                    // A little longer for anything extra that should not be there.
                    return found;
                }
            }
            Thread.sleep(300);
        }
    }

    private static int countIn(Store store, String folderName, String subjectStart) throws Exception {
        Folder folder = store.getFolder(folderName);
        folder.open(Folder.READ_ONLY);
        try {
            return (int) Arrays.stream(folder.getMessages())
                    .filter(m -> {
                        try {
                            return m.getSubject() != null && m.getSubject().startsWith(subjectStart);
                        } catch (Exception e) {
                            return false;
                        }
                    }).count();
        } finally {
            folder.close(false);
        }
    }

    private static Set<String> names(Store store) throws Exception {
        return Arrays.stream(store.getDefaultFolder().list("*")).map(Folder::getFullName).collect(Collectors.toSet());
    }

    private static MimeMessage message(String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));
        message.setFrom("user17@example.test");
        message.setRecipients(Message.RecipientType.TO, WRITER);
        message.setSubject(subject, "UTF-8");
        message.setText("Hello.", "UTF-8");
        message.setSentDate(new java.util.Date());
        message.setFlags(new Flags(Flags.Flag.SEEN), false);
        message.saveChanges();
        return message;
    }

    private static Store store(String user) throws Exception {
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        Store store = session.getStore("imaps");
        store.connect("localhost", InteropServer.IMAPS_PORT, user, PASSWORD);
        return store;
    }
}
