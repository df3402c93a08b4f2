package org.webmail.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A user manages the addresses they send from on the settings page; nobody touches another user's. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class IdentitiesJourneyTest {

    @Inject
    Identities identities;

    private static Browser signedIn(String user) {
        GreenMailTestResource.greenMail().setUser(user, user, "pw-" + user);
        return new Browser().signedIn(user, "pw-" + user);
    }

    private static Map<String, String> form(String name, String address, String replyTo, String text, String html) {
        return Map.of("name", name, "address", address, "replyTo", replyTo, "signatureText", text, "signatureHtml", html);
    }

    @Test
    void everyUserStartsWithADefaultIdentityMadeFromTheirLogin() {
        Browser ida = signedIn("ida@example.test");
        ida.get("/settings").then().statusCode(200).body(containsString("href=\"/settings/identities\""));
        ida.get("/settings/identities").then().statusCode(200)
                .body(containsString("&lt;ida@example.test&gt; <span class=\"badge\">Default</span>"))
                .body(containsString("name=\"csrf\""));
        List<Identity> mine = identities.of("ida@example.test");
        assertEquals(1, mine.size());
        assertTrue(mine.getFirst().isDefault());
        assertEquals("ida@example.test", mine.getFirst().address());
    }

    @Test
    void pagesOpenedAtOnceAfterTheFirstSignInMakeOnlyOneDefaultIdentity() throws Exception {
        signedIn("tim@example.test");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var calls = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> pool.submit(() -> { start.await(); return identities.of("tim@example.test"); })).toList();
            start.countDown();
            for (var call : calls) {
                assertEquals(1, call.get().size());
            }
        }
        assertEquals(1, identities.of("tim@example.test").size());
    }

    @Test
    void anIdentityIsAddedEditedMadeDefaultAndDeleted() {
        Browser ivo = signedIn("ivo@example.test");
        ivo.post("/settings/identities", form("Ivo at Sales", "sales@example.test", "team@example.test", "Ivo\nSales", "<b>Ivo</b>"))
                .then().statusCode(303).header("Location", containsString("/settings/identities?done=1"));
        Identity sales = identities.of("ivo@example.test").get(1);
        assertEquals(new Identity(sales.id(), "Ivo at Sales", "sales@example.test", "team@example.test", "Ivo\nSales", "<b>Ivo</b>", false), sales);

        ivo.post("/settings/identities/" + sales.id(), form("Ivo (Sales)", "sales@example.test", "", "", ""))
                .then().statusCode(303);
        ivo.post("/settings/identities/" + sales.id() + "/default", Map.of()).then().statusCode(303);
        ivo.get("/settings/identities?done=1").then().statusCode(200)
                .body(containsString("Your identities were saved."))
                .body(containsString("Ivo (Sales) &lt;sales@example.test&gt; <span class=\"badge\">Default</span>"));
        List<Identity> now = identities.of("ivo@example.test");
        assertEquals(List.of(sales.id()), now.stream().filter(Identity::isDefault).map(Identity::id).toList());
        assertEquals(null, now.getFirst().replyTo());

        ivo.post("/settings/identities/" + sales.id() + "/delete", Map.of()).then().statusCode(303);
        List<Identity> left = identities.of("ivo@example.test");
        assertEquals(1, left.size());
        assertTrue(left.getFirst().isDefault(), "deleting the default makes the remaining identity the default");
        ivo.post("/settings/identities/" + left.getFirst().id() + "/delete", Map.of()).then().statusCode(400)
                .body(containsString("You need at least one identity to send mail."));
    }

    @Test
    void anotherUsersIdentityCannotBeSeenChangedOrDeleted() {
        signedIn("olga@example.test");
        long olgasId = identities.of("olga@example.test").getFirst().id();
        Browser otto = signedIn("otto@example.test");
        otto.post("/settings/identities/" + olgasId, form("Otto", "otto@example.test", "", "", "")).then().statusCode(404)
                .body(containsString("That identity does not exist."));
        otto.post("/settings/identities/" + olgasId + "/delete", Map.of()).then().statusCode(404);
        otto.post("/settings/identities/" + olgasId + "/default", Map.of()).then().statusCode(404);
        assertFalse(identities.find("otto@example.test", olgasId).isPresent());
        assertEquals("olga@example.test", identities.find("olga@example.test", olgasId).orElseThrow().address());
        otto.get("/settings/identities").then().body(not(containsString("olga@example.test")));
    }

    @Test
    void impossibleAddressesAreExplainedAndTheFormKeepsWhatWasTyped() {
        Browser vera = signedIn("vera@example.test");
        vera.post("/settings/identities", form("Vera", "vera@", "", "My signature", "")).then().statusCode(400)
                .body(containsString("&quot;vera@&quot; is not a valid e-mail address (like name@example.org)."))
                .body(containsString(">My signature</textarea>"));
        vera.post("/settings/identities", form("Vera", "vera@elsewhere.example", "", "", "")).then().statusCode(400)
                .body(containsString("You can only send from addresses at example.test."));
        vera.post("/settings/identities", form("Vera", "vera@example.test", "not an address", "", "")).then().statusCode(400)
                .body(containsString("The reply-to address &quot;not an address&quot; is not a valid e-mail address."));
        vera.post("/settings/identities", form("Vera\r\nBcc: eve@example.test", "vera@example.test", "", "", "")).then().statusCode(400)
                .body(containsString("The name must be one line"));
        assertEquals(1, identities.of("vera@example.test").size());
    }

    @Test
    void anHtmlSignatureIsCleanedOfScriptsAndTrackingImagesWhenSaved() {
        Browser sam = signedIn("sam@example.test");
        sam.post("/settings/identities", form("Sam", "sam.b@example.test", "", "",
                "<p onclick=\"steal()\">Sam <i>B</i></p><script>alert(1)</script><img src=\"https://tracker.example/p.gif\">"))
                .then().statusCode(303);
        String html = identities.of("sam@example.test").get(1).signatureHtml();
        assertTrue(html.contains("Sam <i>B</i>"), html);
        assertFalse(html.contains("script") || html.contains("onclick") || html.contains("tracker.example"), html);
    }
}
