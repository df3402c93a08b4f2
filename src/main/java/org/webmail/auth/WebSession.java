package org.webmail.auth;

import java.time.Instant;

import org.webmail.imap.MailCredentials;

/**
 * A signed-in browser. Lives only in this replica's memory: the mail password is needed to reopen IMAP
 * connections and must never be written to disk or a cookie (see docs/adr/0003-sessions-in-memory.md).
 */
public final class WebSession {

    private final String id;
    private final String login;
    private final MailCredentialSource credentials;
    private final Instant createdAt;
    private volatile Instant lastSeen;

    WebSession(String id, String login, MailCredentialSource credentials, Instant now) {
        this.id = id;
        this.login = login;
        this.credentials = credentials;
        this.createdAt = now;
        this.lastSeen = now;
    }

    public String id() {
        return id;
    }

    /** The user's key in the webmail: their mail address. */
    public String login() {
        return login;
    }

    /** The current credentials (a token may be renewed on the way); throws {@link SignInEndedException}. */
    public MailCredentials credentials() {
        return credentials.current();
    }

    public MailCredentialSource credentialSource() {
        return credentials;
    }

    public Instant createdAt() {
        return createdAt;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void touch(Instant now) {
        lastSeen = now;
    }
}
