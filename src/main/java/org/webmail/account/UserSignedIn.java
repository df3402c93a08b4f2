package org.webmail.account;

/**
 * CDI event fired after a successful sign-in (e.g. the outbox resumes mail that waited for the user's credentials;
 * the audit log records it).
 *
 * @param method        how: "password", or "sso:" and the provider's tenant
 * @param clientAddress the browser's address as the request showed it, or null
 */
public record UserSignedIn(String login, String method, String clientAddress) {

    public UserSignedIn(String login) {
        this(login, "password", null);
    }
}
