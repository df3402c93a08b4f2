package org.webmail.account;

/**
 * CDI event fired when a user signs out of one browser (e.g. their kept SMTP connection closes).
 *
 * @param reason "user" (the sign-out button) or "provider" (the identity provider ended the session)
 */
public record UserSignedOut(String login, String reason) {

    public UserSignedOut(String login) {
        this(login, "user");
    }
}
