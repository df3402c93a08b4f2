package org.webmail.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;
import org.webmail.support.TestMailbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The installable app: manifest, service worker and offline page reach a stranger, in the reader's language. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class AppShellTest {

    @Test
    void theManifestDescribesAnInstallableAppWithoutSignIn() {
        new Browser().get("/manifest.webmanifest").then()
                .statusCode(200)
                .contentType(startsWith("application/manifest+json"))
                .body("name", equalTo("Webmail"))
                .body("short_name", equalTo("Webmail"))
                .body("start_url", equalTo("/mail/INBOX"))
                .body("display", equalTo("standalone"))
                .body("theme_color", equalTo("#1f5fbf"))
                .body("background_color", equalTo("#ffffff"))
                .body("icons.sizes", hasItems("192x192", "512x512", "any"))
                .body("icons.purpose", hasItems("any", "maskable"))
                .body("icons.src", hasItems("/static/icons/icon-192.png", "/static/icons/maskable-512.png", "/static/favicon.svg"));
    }

    @Test
    void theIconsTheManifestNamesAreServedAsPngs() {
        for (String icon : new String[]{"icon-192", "icon-512", "maskable-192", "maskable-512"}) {
            new Browser().get("/static/icons/" + icon + ".png").then().statusCode(200).contentType(startsWith("image/png"));
        }
    }

    @Test
    void theServiceWorkerIsServedFromTheRootUncachedWithoutSignIn() {
        new Browser().get("/sw.js").then()
                .statusCode(200)
                .contentType(startsWith("text/javascript"))
                .header("Cache-Control", "no-cache")
                .body(allOf(containsString("webmail-shell-"), containsString("/offline"), containsString("/static/app.js")));
    }

    @Test
    void theOfflinePageSpeaksTheBrowsersLanguageAndHoldsNoMail() {
        new Browser().request().header("Accept-Language", "en-US,en;q=0.9").get("/offline").then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("lang=\"en\""), containsString("You are offline"), containsString("Try again")));
        new Browser().request().header("Accept-Language", "pt-BR,pt;q=0.9").get("/offline").then()
                .statusCode(200)
                .body(allOf(containsString("lang=\"pt-BR\""), containsString("Você está sem conexão"), containsString("Tentar de novo"),
                        not(containsString("You are offline"))));
    }

    @Test
    void aSignedInReaderGetsTheSameOfflinePageWithoutTheirNameOrMail() {
        Browser alice = new Browser().signedIn(TestMailbox.USER, TestMailbox.PASSWORD);
        alice.get("/offline").then().statusCode(200)
                .body(allOf(not(containsString(TestMailbox.USER)), not(containsString("/logout")), not(containsString("csrf"))));
    }

    @Test
    void theContentSecurityPolicyAllowsOurOwnWorkerAndManifestOnly() {
        new Browser().get("/login").then()
                .header("Content-Security-Policy", allOf(containsString("worker-src 'self'"), containsString("manifest-src 'self'"),
                        containsString("script-src 'self';")));
    }

    @Test
    void everyPageLinksTheManifestAndSignedInPagesCarryTheShortcutList() {
        new Browser().get("/login").then()
                .body(allOf(containsString("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"), containsString("name=\"theme-color\""),
                        not(containsString("keyboard-help"))));
        Browser alice = new Browser().signedIn(TestMailbox.USER, TestMailbox.PASSWORD);
        alice.get("/mail/INBOX").then().statusCode(200)
                .body(allOf(containsString("<dialog id=\"keyboard-help\""), containsString("Keyboard shortcuts"),
                        containsString("Go to the inbox")));
        alice.request().header("Accept-Language", "pt-BR").get("/mail/INBOX").then().statusCode(200)
                .body(allOf(containsString("Atalhos de teclado"), containsString("Ir para a caixa de entrada")));
    }
}
