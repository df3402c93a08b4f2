package org.webmail.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.webmail.imap.MailCredentials;

/** Who this request is from, set by {@link SessionFilter}; resources read it, never the cookie. */
@Named("user")
@RequestScoped
public class CurrentUser {

    private WebSession session;
    private String clientAddress;

    void signIn(WebSession session, String clientAddress) {
        this.session = session;
        this.clientAddress = clientAddress;
    }

    public boolean isSignedIn() {
        return session != null;
    }

    public String getLogin() {
        return session == null ? null : session.login();
    }

    public MailCredentials credentials() {
        if (session == null) {
            throw new IllegalStateException("no signed-in user on this request");
        }
        return session.credentials().withOrigin(clientAddress); // new IMAP logins name the browser's address
    }

    /** The browser's address as the webmail sees it (see ClientAddress). */
    public String clientAddress() {
        return clientAddress;
    }

    public WebSession session() {
        return session;
    }
}
