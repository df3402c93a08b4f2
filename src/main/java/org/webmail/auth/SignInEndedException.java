package org.webmail.auth;

/** The session's sign-in can no longer be renewed (the provider refused the refresh): the user must sign in again. */
public class SignInEndedException extends RuntimeException {

    public SignInEndedException(String message) {
        super(message);
    }
}
