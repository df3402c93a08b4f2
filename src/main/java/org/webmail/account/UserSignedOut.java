package org.webmail.account;

/**
 * CDI event fired when a user signs out of one browser (e.g. their kept SMTP connection closes).
 *
 * @param reason "user" (the sign-out button) or "provider" (the identity provider ended the session)
 * @param clientAddress the browser's address when the user signed out from it, else null
 */
public record UserSignedOut(String login, String reason, String clientAddress) {

    public UserSignedOut(String login) {
        this(login, "user");
    }

    /** A sign-out whose browser address is not known here (the provider's back channel, a session the server ended). */
    public UserSignedOut(String login, String reason) {
        this(login, reason, null);
    }
}
