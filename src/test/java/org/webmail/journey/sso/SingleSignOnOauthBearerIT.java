package org.webmail.journey.sso;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Token mode with the standard SASL OAUTHBEARER (RFC 7628) for IMAP and submission. */
@QuarkusTest
@WithTestResource(value = KeycloakSsoResource.class, initArgs = @ResourceArg(name = "sasl", value = "OAUTHBEARER"))
class SingleSignOnOauthBearerIT extends SsoJourney {
}
