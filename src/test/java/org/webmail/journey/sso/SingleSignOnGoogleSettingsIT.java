package org.webmail.journey.sso;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Google tenant's own settings (Quarkus's google provider preset, the https://mail.google.com/ scope, offline
 * access, XOAUTH2) run against the local Keycloak, whose ID tokens have Google's shape (email, email_verified):
 * Google itself cannot be reached from here.
 */
@QuarkusTest
@WithTestResource(value = KeycloakSsoResource.class, initArgs = @ResourceArg(name = "tenant", value = "google"))
class SingleSignOnGoogleSettingsIT extends SsoJourney {
}
