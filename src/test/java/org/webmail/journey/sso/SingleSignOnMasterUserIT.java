package org.webmail.journey.sso;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Master-user mode, for mail servers that cannot check tokens: Keycloak vouches for alice's address, and the webmail
 * logs in to Dovecot and Postfix as its master user on her behalf ("alice@example.test*webmail").
 */
@QuarkusTest
@WithTestResource(value = KeycloakSsoResource.class, initArgs = @ResourceArg(name = "mail-access", value = "MASTER_USER"))
class SingleSignOnMasterUserIT extends SsoJourney {
}
