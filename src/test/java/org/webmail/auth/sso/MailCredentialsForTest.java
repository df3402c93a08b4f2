package org.webmail.auth.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailCredentials.Mechanism;

/** What a single sign-on hands the mail layer in each mail access mode. */
class MailCredentialsForTest {

    private static SsoSettings.Tenant master(String user, String secret, String separator) {
        SsoSettings.Tenant base = VerifiedAddressTest.tenant("email", "email_verified");
        return (SsoSettings.Tenant) java.lang.reflect.Proxy.newProxyInstance(SsoSettings.Tenant.class.getClassLoader(),
                new Class<?>[] {SsoSettings.Tenant.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "mailAccess" -> SsoSettings.MailAccess.MASTER_USER;
                    case "masterUser" -> Optional.ofNullable(user);
                    case "masterSecret" -> Optional.ofNullable(secret);
                    case "masterSeparator" -> separator;
                    default -> method.invoke(base, args);
                });
    }

    @Test
    void aTokenGoesOutInTheTenantsSaslMechanism() {
        assertEquals(Mechanism.XOAUTH2, MailCredentialsFor.token("alice@example.test", "t", SsoSettings.Sasl.XOAUTH2).mechanism());
        MailCredentials bearer = MailCredentialsFor.token("alice@example.test", "t", SsoSettings.Sasl.OAUTHBEARER);
        assertEquals(Mechanism.OAUTHBEARER, bearer.mechanism());
        assertEquals("alice@example.test", bearer.username());
        assertEquals("t", bearer.secret());
    }

    @Test
    void aMasterUserActsForTheVerifiedAddressDovecotStyleOrWithAnAuthorizationId() {
        MailCredentials dovecot = MailCredentialsFor.master("alice@example.test", master("webmail", "m-secret", "*"));
        assertEquals(Mechanism.MASTER_USER, dovecot.mechanism());
        assertEquals("alice@example.test", dovecot.username());
        assertEquals("webmail", dovecot.master().name());
        assertEquals("*", dovecot.master().separator());
        assertEquals("m-secret", dovecot.secret());
        assertEquals("", MailCredentialsFor.master("alice@example.test", master("webmail", "m-secret", "none")).master().separator());
    }

    @Test
    void aMasterUserModeWithoutItsSecretSaysWhatIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MailCredentialsFor.master("alice@example.test", master("webmail", null, "*")));
        assertEquals(true, e.getMessage().contains("master-secret"));
    }
}
