package org.webmail.auth;

import java.time.Instant;

import org.webmail.imap.MailCredentials;

/**
 * A signed-in browser. Lives only in this replica's memory: the mail password is needed to reopen IMAP
 * connections and must never be written to disk or a cookie (see docs/adr/0003-sessions-in-memory.md).
 */
public final class WebSession {

    private final String id;
    private final MailCredentials credentials;
    private final Instant createdAt;
    private volatile Instant lastSeen;

    WebSession(String id, MailCredentials credentials, Instant now) {
        this.id = id;
        this.credentials = credentials;
        this.createdAt = now;
        this.lastSeen = now;
    }

    public String id() {
        return id;
    }

    public String login() {
        return credentials.username();
    }

    public MailCredentials credentials() {
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
