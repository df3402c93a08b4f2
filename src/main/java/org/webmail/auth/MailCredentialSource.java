package org.webmail.auth;

import java.net.URI;
import java.util.Optional;

import org.webmail.imap.MailCredentials;

/**
 * Where a session's mail credentials come from: a password stays as typed; a single sign-on token is renewed
 * before it runs out (auth.sso). Read at every use, so a new IMAP or SMTP connection gets the current secret.
 */
public interface MailCredentialSource {

    /** The credentials to open a mail connection with now; throws {@link SignInEndedException} when they are gone for good. */
    MailCredentials current();

    /** Where to send the browser after the local sign-out to end the provider's session too (none for a password). */
    default Optional<URI> providerSignOut(URI afterwards) {
        return Optional.empty();
    }

    static MailCredentialSource fixed(MailCredentials credentials) {
        return () -> credentials;
    }
}
