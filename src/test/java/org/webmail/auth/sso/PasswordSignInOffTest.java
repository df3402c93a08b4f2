package org.webmail.auth.sso;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;
import org.webmail.support.TestMailbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** An organisation that signs everyone in through its provider can turn the mail-password form off. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
@TestProfile(PasswordSignInOffTest.NoPasswords.class)
class PasswordSignInOffTest {

    public static class NoPasswords implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("webmail.sso.password-sign-in", "false");
        }
    }

    @Test
    void theSignInPageHasNoPasswordFieldAndAPostedPasswordIsRefused() {
        Browser browser = new Browser();
        browser.get("/login").then().statusCode(200).body(not(containsString("type=\"password\"")));
        // Without the form there is no CSRF token either; the server refuses the password on its own as well.
        browser.signIn(TestMailbox.USER, TestMailbox.PASSWORD).then().statusCode(403);
        browser.get("/").then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void noProviderIsOfferedUntilOneIsConfigured() {
        new Browser().get("/login").then().statusCode(200).body(not(containsString("/sso/")));
    }
}
