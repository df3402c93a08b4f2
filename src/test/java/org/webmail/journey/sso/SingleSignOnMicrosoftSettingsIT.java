package org.webmail.journey.sso;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Microsoft 365 tenant's own settings (Quarkus's microsoft provider preset, the Outlook IMAP and SMTP scopes,
 * offline access, XOAUTH2) run against the local Keycloak: Microsoft itself cannot be reached from here.
 */
@QuarkusTest
@WithTestResource(value = KeycloakSsoResource.class, initArgs = @ResourceArg(name = "tenant", value = "microsoft"))
class SingleSignOnMicrosoftSettingsIT extends SsoJourney {
}
