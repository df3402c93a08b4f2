package org.webmail.auth.sso;

/** The identity provider could not be reached to renew an expired sign-in: a passing outage, not a sign-out. */
public class IdentityProviderUnavailableException extends RuntimeException {

    public IdentityProviderUnavailableException(String message) {
        super(message);
    }
}
