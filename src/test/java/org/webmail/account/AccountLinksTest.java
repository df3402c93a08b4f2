package org.webmail.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A provider account (tenant + subject) stands for one user; an address is never the only thing joining them. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class AccountLinksTest {

    @Inject
    AccountLinks links;

    @Inject
    AccountService accounts;

    private String user(String name) {
        String address = name + "-" + System.nanoTime() + "@example.test";
        accounts.signedIn(address, null);
        return address;
    }

    @Test
    void theFirstSignInBindsTheUserAndLaterOnesFindIt() {
        String alice = user("alice");
        assertTrue(links.link("keycloak", "sub-" + alice, alice).linked());
        AccountLinks.Outcome again = links.link("keycloak", "sub-" + alice, alice);
        assertTrue(again.linked());
        assertEquals(alice, again.login());
    }

    @Test
    void anotherProviderClaimingTheSameAddressIsRefusedNotMerged() {
        String alice = user("alice");
        assertTrue(links.link("keycloak", "kc-" + alice, alice).linked());
        AccountLinks.Outcome google = links.link("google", "g-" + alice, alice);
        assertFalse(google.linked());
        assertTrue(google.refusal().contains("already linked to another sign-in (keycloak)"), google.refusal());
    }

    @Test
    void aRecreatedProviderAccountWithTheSameAddressIsRefused() {
        String bob = user("bob");
        assertTrue(links.link("keycloak", "old-" + bob, bob).linked());
        assertFalse(links.link("keycloak", "new-" + bob, bob).linked(), "a new subject is a different person to us");
    }

    @Test
    void aProviderAccountWhoseAddressChangedIsRefusedWithBothAddresses() {
        String carol = user("carol");
        String other = user("carol-new");
        assertTrue(links.link("keycloak", "sub-" + carol, carol).linked());
        AccountLinks.Outcome moved = links.link("keycloak", "sub-" + carol, other);
        assertFalse(moved.linked());
        assertTrue(moved.refusal().contains(carol) && moved.refusal().contains(other), moved.refusal());
    }
}
