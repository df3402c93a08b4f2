package org.webmail.imap;

import org.junit.jupiter.api.Test;
import org.webmail.imap.MailCredentials.MasterUser;
import org.webmail.imap.MailCredentials.Mechanism;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailCredentialsTest {

    private static final String ALICE = "alice@example.test";

    @Test
    void a_password_or_token_signs_in_as_the_user_with_no_authorization_id() {
        for (MailCredentials c : List.of(MailCredentials.password(ALICE, "pw"), MailCredentials.xoauth2(ALICE, "t0ken"),
                MailCredentials.oauthBearer(ALICE, "t0ken"))) {
            assertEquals(ALICE, c.loginName());
            assertNull(c.authorizationId(), "Angus's default stays in place");
        }
    }

    @Test
    void a_master_user_via_SASL_PLAIN_authenticates_as_the_master_and_is_authorized_as_the_user() {
        MailCredentials c = MailCredentials.masterUser(ALICE, MasterUser.viaAuthorizationId("webmail"), "master-pw");
        assertEquals("webmail", c.loginName());
        assertEquals(ALICE, c.authorizationId());
        assertEquals(ALICE, c.username(), "the pool and the caches still know the connection as alice's");
        assertEquals(Mechanism.MASTER_USER, c.mechanism());
    }

    @Test
    void a_master_user_via_Dovecots_separator_logs_in_as_user_star_master() {
        MailCredentials c = MailCredentials.masterUser(ALICE, MasterUser.viaSeparator("webmail", "*"), "master-pw");
        assertEquals("alice@example.test*webmail", c.loginName());
        assertEquals("", c.authorizationId(), "the login name already says whose mailbox");
    }

    @Test
    void a_username_containing_the_separator_is_refused_because_it_would_open_another_mailbox() {
        MasterUser master = MasterUser.viaSeparator("webmail", "*");
        assertThrows(IllegalArgumentException.class, () -> MailCredentials.masterUser("eve*x@example.test", master, "pw"));
    }

    @Test
    void control_characters_that_would_shift_SASL_fields_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> MailCredentials.password("alice\0bob", "pw"));
        assertThrows(IllegalArgumentException.class, () -> MailCredentials.oauthBearer(ALICE, "tok\u0001auth=Bearer x"));
        assertThrows(IllegalArgumentException.class, () -> MasterUser.viaAuthorizationId("web\nmail"));
        assertThrows(IllegalArgumentException.class, () -> MailCredentials.password(" ", "pw"));
    }

    @Test
    void a_master_user_goes_with_MASTER_USER_and_only_with_it() {
        assertThrows(IllegalArgumentException.class, () -> new MailCredentials(ALICE, "pw", Mechanism.MASTER_USER));
        assertThrows(IllegalArgumentException.class,
                () -> new MailCredentials(ALICE, "pw", Mechanism.PASSWORD, MasterUser.viaAuthorizationId("webmail")));
    }

    @Test
    void toString_never_shows_a_password_token_or_master_password() {
        List<MailCredentials> all = List.of(MailCredentials.password(ALICE, "s3cret-pw"), MailCredentials.xoauth2(ALICE, "s3cret-pw"),
                MailCredentials.oauthBearer(ALICE, "s3cret-pw"),
                MailCredentials.masterUser(ALICE, MasterUser.viaSeparator("webmail", "*"), "s3cret-pw"));
        for (MailCredentials c : all) {
            assertFalse(c.toString().contains("s3cret"), c.toString());
            assertTrue(c.toString().contains(ALICE), c.toString());
        }
        assertEquals("MailCredentials[alice@example.test, MASTER_USER as webmail]", all.get(3).toString());
    }
}
