package org.webmail.journey;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.webmail.account.Identities;
import org.webmail.account.Identity;
import org.webmail.account.TrustedSenders;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The settings page's preferences, each saved per user and felt on the very next page: language, theme, reading
 * pane, default identity, and the remote content policy with its trusted senders as the read view applies it.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class SettingsPreferencesJourneyTest {

    private static final String NEWSLETTER = "From: Trusted News <News@Trusted.Example>\r\nTo: %s\r\nSubject: %s\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
            + "<p>Hello</p><img src=\"https://pixels.example.net/open.gif?u=%s\" alt=\"pixel\">\r\n";

    @Inject
    Identities identities;

    @Inject
    TrustedSenders trustedSenders;

    /** A new user with a mailbox, signed in; each test has its own so preferences never leak between them. */
    private static Browser signedIn(String user) {
        GreenMailTestResource.greenMail().setUser(user, user, "pw-" + user);
        return new Browser().signedIn(user, "pw-" + user);
    }

    /** What the page's form would send, with these fields changed. */
    private Map<String, String> settings(String user, Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(Map.of("displayName", "", "language", "", "zone", "Europe/Lisbon",
                "pageSize", "50", "theme", "system", "readingPane", "right", "remoteContent", "ask",
                "defaultIdentity", Long.toString(identities.of(user).getFirst().id())));
        form.putAll(changes);
        return form;
    }

    @Test
    void everySettingIsSavedAndShownBack() {
        String user = "rosa@example.test";
        Browser rosa = signedIn(user);
        rosa.post("/settings", settings(user, Map.of("displayName", "Rosa Lima", "language", "en", "zone", "Asia/Tokyo",
                        "pageSize", "20", "theme", "dark", "readingPane", "bottom", "remoteContent", "never")))
                .then().statusCode(303).header("Location", endsWith("/settings?saved=1"));
        rosa.get("/settings?saved=1").then().statusCode(200)
                .body(containsString("Your settings were saved."))
                .body(containsString("value=\"Rosa Lima\""))
                .body(containsString("<option value=\"en\" lang=\"en\" selected>English</option>"))
                .body(containsString("<option value=\"Asia/Tokyo\" selected>"))
                .body(containsString("name=\"pageSize\" type=\"number\" min=\"10\" max=\"200\" value=\"20\""))
                .body(containsString("name=\"theme\" value=\"dark\" checked"))
                .body(containsString("name=\"readingPane\" value=\"bottom\" checked"))
                .body(containsString("name=\"remoteContent\" value=\"never\" checked"))
                .body(not(containsString("value=\"light\" checked")));
        rosa.get("/settings").then().body(not(containsString("Your settings were saved.")));
    }

    @Test
    void thePageIsInSectionsWithLabelledGroupsAndEveryFormCarriesTheCsrfToken() {
        String page = signedIn("sara@example.test").get("/settings").then().statusCode(200).extract().asString();
        for (String heading : List.of("Language and region", "Reading", "Privacy", "Sending", "Trusted senders")) {
            assertTrue(page.contains(">" + heading + "</h2>"), heading);
        }
        for (String legend : List.of("Theme", "Reading pane", "Remote content (images from the sender&#39;s servers)")) {
            assertTrue(page.contains("<legend>" + legend + "</legend>"), legend);
        }
        for (String id : List.of("language", "zone", "pageSize", "displayName", "defaultIdentity", "trusted-address")) {
            assertTrue(page.contains("<label for=\"" + id + "\">"), "label for " + id);
        }
        assertEquals(count(page, "<form method=\"post\""), count(page, "name=\"csrf\""), "a CSRF field in every form");
    }

    @Test
    void choosingPortugueseMakesTheVeryNextPagePortugueseWhateverTheBrowserSays() {
        String user = "paula@example.test";
        Browser paula = signedIn(user);
        paula.request().header("Accept-Language", "en").get("/settings").then()
                .body(containsString("<html lang=\"en\"")).body(containsString("<h1>Settings</h1>"));
        paula.post("/settings", settings(user, Map.of("language", "pt-BR"))).then().statusCode(303);
        paula.request().header("Accept-Language", "en").get("/settings?saved=1").then().statusCode(200)
                .body(containsString("<html lang=\"pt-BR\""))
                .body(containsString("<h1>Configurações</h1>"))
                .body(containsString("Suas configurações foram salvas."))
                .body(containsString(">Idioma e região</h2>"))
                .body(containsString("<option value=\"pt-BR\" lang=\"pt-BR\" selected>Português (Brasil)</option>"));
        // Problems are told in the chosen language too.
        paula.post("/settings", settings(user, Map.of("language", "pt-BR", "zone", "Mars/Olympus"))).then().statusCode(400)
                .body(containsString("Escolha um fuso horário da lista."));
        // Browser default again: the browser's Accept-Language decides.
        paula.post("/settings", settings(user, Map.of("language", ""))).then().statusCode(303);
        paula.request().header("Accept-Language", "en-GB,en;q=0.9").get("/settings").then()
                .body(containsString("<html lang=\"en\"")).body(containsString("<h1>Settings</h1>"));
        paula.request().header("Accept-Language", "pt-BR,pt;q=0.9").get("/settings").then()
                .body(containsString("<html lang=\"pt-BR\"")).body(containsString("<h1>Configurações</h1>"));
    }

    @Test
    void themeAndReadingPaneReachTheNextPageAsDataAttributes() {
        String user = "tina@example.test";
        Browser tina = signedIn(user);
        tina.get("/mail/INBOX").then().statusCode(200)
                .body(containsString("data-theme=\"system\"")).body(containsString("data-reading-pane=\"right\""));
        tina.post("/settings", settings(user, Map.of("theme", "dark", "readingPane", "off"))).then().statusCode(303);
        tina.get("/mail/INBOX").then().statusCode(200)
                .body(containsString("data-theme=\"dark\"")).body(containsString("data-reading-pane=\"off\""));
        tina.post("/settings", settings(user, Map.of("theme", "light", "readingPane", "bottom"))).then().statusCode(303);
        tina.get("/settings").then()
                .body(containsString("data-theme=\"light\"")).body(containsString("data-reading-pane=\"bottom\""));
    }

    @Test
    void impossibleValuesAreRefusedInWordsAndTheFormKeepsEverythingTyped() {
        String user = "ines@example.test";
        Browser ines = signedIn(user);
        long someoneElses = identityOf("olavo@example.test");
        String refused = ines.post("/settings", Map.of("displayName", "Inês Prado", "language", "fr", "zone", "Mars/Olympus",
                        "pageSize", "5", "theme", "purple", "readingPane", "left", "remoteContent", "always",
                        "defaultIdentity", Long.toString(someoneElses)))
                .then().statusCode(400).extract().asString();
        for (String words : List.of("Choose a language from the list.", "Choose a time zone from the list.",
                "Messages per page must be between 10 and 200.", "Choose light, dark or follow the system.",
                "Choose where the reading pane goes.", "Choose when remote content may load.", "Choose one of your identities.")) {
            assertTrue(refused.contains(words), words);
        }
        assertTrue(refused.contains("value=\"Inês Prado\""), "the name typed is kept");
        assertTrue(refused.contains("value=\"5\" aria-invalid=\"true\""), "the page size typed is kept and marked");
        assertTrue(refused.contains("<select id=\"zone\" name=\"zone\" aria-invalid=\"true\""));

        // One bad value among good ones: the others come back as typed, and nothing was saved.
        refused = ines.post("/settings", settings(user, Map.of("displayName", "Inês", "pageSize", "30", "theme", "dark",
                        "readingPane", "bottom", "zone", "Nowhere/Town")))
                .then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Choose a time zone from the list."));
        assertFalse(refused.contains("Choose light, dark"), "only what is wrong is reported");
        assertTrue(refused.contains("value=\"Inês\""));
        assertTrue(refused.contains("value=\"30\""));
        assertTrue(refused.contains("name=\"theme\" value=\"dark\" checked"));
        assertTrue(refused.contains("name=\"readingPane\" value=\"bottom\" checked"));
        ines.get("/settings").then()
                .body(containsString("value=\"50\""))
                .body(containsString("name=\"theme\" value=\"system\" checked"))
                .body(containsString("data-theme=\"system\""));
    }

    @Test
    void aFormWithOnlySomeFieldsChangesOnlyThose() {
        String user = "olga.p@example.test";
        Browser olga = signedIn(user);
        olga.post("/settings", settings(user, Map.of("theme", "dark"))).then().statusCode(303);
        olga.post("/settings", Map.of("readingPane", "off")).then().statusCode(303);
        olga.get("/settings").then()
                .body(containsString("name=\"theme\" value=\"dark\" checked"))
                .body(containsString("name=\"readingPane\" value=\"off\" checked"));
    }

    @Test
    void trustedSendersAreAddedValidatedLowerCasedAndRemoved() {
        String user = "tereza@example.test";
        Browser tereza = signedIn(user);
        tereza.get("/settings").then().body(containsString("You trust no sender yet."));
        tereza.post("/settings/trusted-senders", Map.of("address", "  News@Trusted.Example ")).then().statusCode(303)
                .header("Location", endsWith("/settings?saved=trusted#trusted-senders"));
        tereza.post("/settings/trusted-senders", Map.of("address", "news@TRUSTED.example")).then().statusCode(303);
        assertEquals(List.of("news@trusted.example"), trustedSenders.of(user), "stored once, lower-cased");
        tereza.get("/settings?saved=trusted").then()
                .body(containsString("Your trusted senders were saved."))
                .body(containsString("<span class=\"address\">news@trusted.example</span>"))
                .body(containsString("aria-label=\"Remove news@trusted.example\""));

        tereza.post("/settings/trusted-senders", Map.of("address", "not an address")).then().statusCode(400)
                .body(containsString("&quot;not an address&quot; is not a valid e-mail address (like name@example.org)."))
                .body(containsString("name=\"address\" type=\"text\" inputmode=\"email\" autocomplete=\"off\" maxlength=\"320\" required value=\"not an address\" aria-invalid=\"true\""));
        tereza.post("/settings/trusted-senders", Map.of("address", "Bob <bob@example.test>")).then().statusCode(400);
        assertEquals(List.of("news@trusted.example"), trustedSenders.of(user));

        tereza.post("/settings/trusted-senders/remove", Map.of("address", "News@Trusted.example")).then().statusCode(303);
        assertEquals(List.of(), trustedSenders.of(user));
        tereza.get("/settings").then().body(containsString("You trust no sender yet."));
    }

    @Test
    void aFullTrustedListRefusesMoreAndAlwaysShowFallsBackToShowingOnce() {
        String user = "fausto@example.test";
        Browser fausto = signedIn(user);
        for (int i = 0; i < TrustedSenders.MAX; i++) {
            assertTrue(trustedSenders.add(user, "sender" + i + "@example.test").isEmpty());
        }
        fausto.post("/settings/trusted-senders", Map.of("address", "one.more@example.test")).then().statusCode(400)
                .body(containsString("You can trust at most 500 senders."));
        long uid = deliver(user, "Pixel for a full list", NEWSLETTER);
        fausto.post("/mail/INBOX/" + uid + "/trust-sender", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/mail/INBOX/" + uid + "?remote=1"));
        assertEquals(TrustedSenders.MAX, trustedSenders.of(user).size());
        assertFalse(trustedSenders.trusts(user, "news@trusted.example"));
    }

    @Test
    void theDefaultIdentityChosenInSettingsIsTheFromOfANewMessage() {
        String user = "diana@example.test";
        Browser diana = signedIn(user);
        diana.post("/settings/identities", Map.of("name", "Diana at Sales", "address", "sales@example.test", "replyTo", "",
                "signatureText", "", "signatureHtml", "")).then().statusCode(303);
        List<Identity> mine = identities.of(user);
        long first = mine.get(0).id();
        long sales = mine.get(1).id();
        assertTrue(composeFromIs(diana, first));

        diana.post("/settings", settings(user, Map.of("defaultIdentity", Long.toString(sales)))).then().statusCode(303);
        diana.get("/settings").then().body(containsString("<option value=\"" + sales + "\" selected>Diana at Sales &lt;sales@example.test&gt;</option>"));
        assertTrue(composeFromIs(diana, sales), "compose preselects the new default");
        assertEquals(sales, identities.of(user).getFirst().id());
        assertTrue(identities.of(user).getFirst().isDefault());
        assertEquals(1, identities.of(user).stream().filter(Identity::isDefault).count());
    }

    @Test
    void aPostWithoutTheCsrfTokenChangesNothing() {
        String user = "carla@example.test";
        Browser carla = signedIn(user);
        carla.post("/settings", settings(user, Map.of("theme", "dark", "csrf", ""))).then().statusCode(403);
        carla.post("/settings", settings(user, Map.of("theme", "dark", "csrf", "forged-forged-forged-forged"))).then().statusCode(403);
        carla.post("/settings/trusted-senders", Map.of("address", "x@example.test", "csrf", "")).then().statusCode(403);
        long uid = deliver(user, "Pixel without token", NEWSLETTER);
        carla.post("/mail/INBOX/" + uid + "/trust-sender", Map.of("csrf", "")).then().statusCode(403);
        // A GET never changes anything either.
        carla.get("/settings?theme=dark&remoteContent=never").then().statusCode(200);
        carla.get("/settings").then().body(containsString("name=\"theme\" value=\"system\" checked"))
                .body(containsString("name=\"remoteContent\" value=\"ask\" checked"));
        assertEquals(List.of(), trustedSenders.of(user));
    }

    @Test
    void neverHidesTheShowLinkAndNeverLoadsRemoteContent() {
        String user = "nina@example.test";
        Browser nina = signedIn(user);
        long uid = deliver(user, "Pixel for never", NEWSLETTER);
        nina.post("/settings", settings(user, Map.of("remoteContent", "never"))).then().statusCode(303);
        String page = nina.get("/mail/INBOX/" + uid).then().statusCode(200).extract().asString();
        assertTrue(page.contains("1 remote image was blocked to protect your privacy."), page);
        assertTrue(page.contains("Remote content is turned off in your settings."));
        assertTrue(page.contains("<a href=\"/settings#settings-privacy\">Change it in Settings</a>"));
        assertFalse(page.contains("?remote=1"), "no link to show it, and the frame does not ask for it");
        assertFalse(page.contains("trust-sender"), "no button to trust the sender");
        // Even asked by hand, the frame does not load it.
        nina.get("/mail/INBOX/" + uid + "/body?remote=1").then().statusCode(200)
                .header("Content-Security-Policy", allOf(not(containsString("https:")), not(containsString("img-src data: 'self'"))))
                .body(not(containsString("pixels.example.net")));
        nina.get("/mail/INBOX/" + uid + "?remote=1").then().body(not(containsString("src=\"/mail/INBOX/" + uid + "/body?remote=1\"")));
    }

    @Test
    void askOffersTheLinkAndAlwaysShowFromThisSenderTrustsTheSender() {
        String user = "alma@example.test";
        Browser alma = signedIn(user);
        long uid = deliver(user, "Pixel for ask", NEWSLETTER);
        String page = alma.get("/mail/INBOX/" + uid).then().statusCode(200).extract().asString();
        assertTrue(page.contains("1 remote image was blocked to protect your privacy."));
        assertTrue(page.contains("<a href=\"/mail/INBOX/" + uid + "?remote=1\">Show remote content</a>"));
        assertTrue(page.contains("action=\"/mail/INBOX/" + uid + "/trust-sender\""));
        assertTrue(page.contains(">Always show from this sender</button>"));
        assertTrue(page.contains("src=\"/mail/INBOX/" + uid + "/body\""), "the frame loads no remote content yet");
        alma.get("/mail/INBOX/" + uid + "/body").then().body(not(containsString("pixels.example.net")));

        // Shown once on request, still asked the next time.
        alma.get("/mail/INBOX/" + uid + "?remote=1").then().body(containsString("src=\"/mail/INBOX/" + uid + "/body?remote=1\""))
                .body(not(containsString("Show remote content")));
        alma.get("/mail/INBOX/" + uid + "/body?remote=1").then()
                .header("Content-Security-Policy", allOf(containsString("img-src data: 'self'"), not(containsString("https:"))))
                .body(containsString("https%3A%2F%2Fpixels.example.net%2Fopen.gif"))
                .body(not(containsString("https://pixels.example.net")));
        alma.get("/mail/INBOX/" + uid).then().body(containsString("Show remote content"));

        alma.post("/mail/INBOX/" + uid + "/trust-sender", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/mail/INBOX/" + uid));
        assertEquals(List.of("news@trusted.example"), trustedSenders.of(user), "the From address, lower-cased");
        alma.get("/mail/INBOX/" + uid).then().statusCode(200)
                .body(containsString("src=\"/mail/INBOX/" + uid + "/body?remote=1\""))
                .body(containsString("Remote content is shown because you trust news@trusted.example."))
                .body(not(containsString("Show remote content")));
        alma.get("/mail/INBOX/" + uid + "/body").then()
                .header("Content-Security-Policy", allOf(containsString("img-src data: 'self'"), not(containsString("https:"))))
                .body(containsString("https%3A%2F%2Fpixels.example.net%2Fopen.gif"))
                .body(not(containsString("https://pixels.example.net")));
        // "Always" turned on loading from trusted senders; the settings page says so.
        alma.get("/settings").then().body(containsString("name=\"remoteContent\" value=\"trusted\" checked"))
                .body(containsString("<span class=\"address\">news@trusted.example</span>"));
    }

    @Test
    void trustedShowsATrustedSenderAtOnceAndAsksForEveryoneElse() {
        String user = "tomas@example.test";
        Browser tomas = signedIn(user);
        long trusted = deliver(user, "Pixel from a trusted sender", NEWSLETTER);
        long stranger = deliver(user, "Pixel from a stranger", NEWSLETTER.replace("Trusted News <News@Trusted.Example>",
                "Stranger <promo@elsewhere.example>"));
        tomas.post("/settings", settings(user, Map.of("remoteContent", "trusted"))).then().statusCode(303);
        tomas.post("/settings/trusted-senders", Map.of("address", "news@trusted.example")).then().statusCode(303);

        tomas.get("/mail/INBOX/" + trusted).then().statusCode(200)
                .body(containsString("src=\"/mail/INBOX/" + trusted + "/body?remote=1\""))
                .body(containsString("Remote content is shown because you trust news@trusted.example."))
                .body(not(containsString("Show remote content")));
        tomas.get("/mail/INBOX/" + trusted + "/body").then()
                .header("Content-Security-Policy", allOf(containsString("img-src data: 'self'"), not(containsString("https:"))))
                .body(containsString("https%3A%2F%2Fpixels.example.net%2Fopen.gif"))
                .body(not(containsString("https://pixels.example.net")));

        tomas.get("/mail/INBOX/" + stranger).then().statusCode(200)
                .body(containsString("src=\"/mail/INBOX/" + stranger + "/body\""))
                .body(allOf(containsString("Show remote content"), containsString("Always show from this sender")));
        tomas.get("/mail/INBOX/" + stranger + "/body").then()
                .header("Content-Security-Policy", allOf(not(containsString("https:")), not(containsString("img-src data: 'self'"))))
                .body(not(containsString("pixels.example.net")));

        // Removing the sender from the list asks again.
        tomas.post("/settings/trusted-senders/remove", Map.of("address", "news@trusted.example")).then().statusCode(303);
        tomas.get("/mail/INBOX/" + trusted).then().body(containsString("Show remote content"));
    }

    private boolean composeFromIs(Browser browser, long identityId) {
        String compose = browser.get("/compose").then().statusCode(200).extract().asString();
        Matcher selected = Pattern.compile("<option value=\"(\\d+)\" selected>").matcher(compose);
        return selected.find() && Long.parseLong(selected.group(1)) == identityId;
    }

    private long identityOf(String user) {
        signedIn(user);
        return identities.of(user).getFirst().id();
    }

    /** Appends an HTML message with a remote image to the user's INBOX; returns its UID. */
    private static long deliver(String user, String subject, String template) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", GreenMailTestResource.greenMail().getImap().getPort(), user, "pw-" + user);
            Folder inbox = store.getFolder("INBOX");
            String eml = String.format(template, user, subject, user);
            MimeMessage message = new MimeMessage(Session.getInstance(props), new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
            inbox.appendMessages(new Message[] {message});
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message m : inbox.getMessages()) {
                    if (subject.equals(m.getSubject())) {
                        return ((UIDFolder) inbox).getUID(m);
                    }
                }
            } finally {
                inbox.close(false);
            }
            throw new AssertionError("not delivered: " + subject);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
