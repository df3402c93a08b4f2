package org.webmail.account;

/** CDI event fired after a successful sign-in (e.g. the outbox resumes mail that waited for the user's credentials). */
public record UserSignedIn(String login) {
}
