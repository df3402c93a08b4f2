package org.webmail.auth.sso;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How each single sign-on provider (a Quarkus OIDC tenant of the same id, configured under quarkus.oidc.&lt;id&gt;)
 * reaches the mail servers, and whether the mail-password form is offered at all.
 */
@ConfigMapping(prefix = "webmail.sso")
public interface SsoSettings {

    /** Offer the mail address + password form besides the providers. */
    @WithDefault("true")
    boolean passwordSignIn();

    /** An access token with less than this left is refreshed before it is used for a new mail connection. */
    @WithDefault("30s")
    Duration refreshBefore();

    /**
     * Base64 of a 128- or 256-bit AES key (from a Secret) that seals stored refresh tokens, so the outbox can send a
     * user's mail after their browser is gone. Without it nothing is stored: such mail waits for their next sign-in.
     */
    Optional<String> tokenKey();

    /** Per provider id: keycloak, google, microsoft. */
    Map<String, Tenant> tenants();

    enum MailAccess {
        /** The user's access token opens IMAP and SMTP (SASL XOAUTH2 or OAUTHBEARER). */
        TOKEN,
        /** For servers that cannot check tokens: the webmail logs in as a master user on behalf of the verified address. */
        MASTER_USER
    }

    enum Sasl { XOAUTH2, OAUTHBEARER }

    interface Tenant {
        /** On the button: "Sign in with …". */
        String label();

        @WithDefault("TOKEN")
        MailAccess mailAccess();

        @WithDefault("XOAUTH2")
        Sasl sasl();

        /** The ID-token claim holding the mail address (Microsoft: preferred_username). */
        @WithDefault("email")
        String addressClaim();

        /** The claim that must be true for the address to be believed; "none" when the provider vouches for it. */
        @WithDefault("email_verified")
        String verifiedClaim();

        /** MASTER_USER: the master login and its secret (from a Secret). */
        Optional<String> masterUser();

        Optional<String> masterSecret();

        /**
         * MASTER_USER: Dovecot's auth_master_user_separator, to log in as "user*master"; "none" for SASL PLAIN with
         * the user as authorization identity instead (any server that supports it).
         */
        @WithDefault("none")
        String masterSeparator();
    }
}
