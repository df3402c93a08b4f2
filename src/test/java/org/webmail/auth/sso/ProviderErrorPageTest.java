package org.webmail.auth.sso;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A provider that sends the browser back with an error gets a plain page, not its raw words. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class ProviderErrorPageTest {

    @Test
    void aCancelledSignInIsSaidPlainly() {
        new Browser().get("/sso/error?error=access_denied&error_description=User+cancelled").then().statusCode(401)
                .body(containsString("The sign-in at your identity provider was cancelled or not allowed."));
    }

    @Test
    void anythingElseNamesTheErrorCodeOnlyWhenItLooksLikeOne() {
        new Browser().get("/sso/error?error=invalid_scope").then().statusCode(401)
                .body(containsString("could not complete the sign-in (invalid_scope)"));
        new Browser().get("/sso/error?error=%3Cscript%3Ealert(1)%3C/script%3E").then().statusCode(401)
                .body(containsString("could not complete the sign-in.")).body(not(containsString("<script>alert")));
    }
}
