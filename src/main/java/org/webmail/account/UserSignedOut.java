package org.webmail.account;

/** CDI event fired when a user signs out of one browser (e.g. their kept SMTP connection closes). */
public record UserSignedOut(String login) {
}
