package org.webmail.imap;

/**
 * What the mail layer is handed to log in as a user; it never looks credentials up itself.
 *
 * @param username the IMAP/SMTP login
 * @param secret   the password, or the OAuth2 access token for {@link Mechanism#XOAUTH2}
 */
public record MailCredentials(String username, String secret, Mechanism mechanism) {

    public enum Mechanism { PASSWORD, XOAUTH2 }

    public static MailCredentials password(String username, String password) {
        return new MailCredentials(username, password, Mechanism.PASSWORD);
    }

    @Override
    public String toString() {
        return "MailCredentials[" + username + ", " + mechanism + "]"; // never print the secret
    }
}
