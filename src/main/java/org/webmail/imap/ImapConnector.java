package org.webmail.imap;

import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPStore;

/** Opens one authenticated IMAP connection for a user; the pool decides when. */
@ApplicationScoped
public class ImapConnector {

    private final ImapSessions sessions;
    private final ImapMetrics metrics;

    @Inject
    public ImapConnector(ImapSessions sessions, ImapMetrics metrics) {
        this.sessions = sessions;
        this.metrics = metrics;
    }

    /**
     * Connects and logs in as the credentials say: LOGIN or AUTHENTICATE PLAIN for a password, AUTHENTICATE XOAUTH2 or
     * OAUTHBEARER for a token, AUTHENTICATE PLAIN with an authorization identity (or a separator login) for a master user.
     *
     * @throws MailAuthenticationException    the server refused the credentials
     * @throws MailServerUnavailableException the server could not be reached, TLS failed, or the server does not offer
     *                                        the mechanism the credentials need
     */
    public IMAPStore open(MailCredentials credentials) {
        MailServerSettings server = sessions.server();
        Timer.Sample sample = Timer.start();
        try {
            IMAPStore store = new SignInStore(sessions.sessionFor(credentials.mechanism()), sessions.protocol(), server, credentials);
            store.connect(server.host(), server.port(), credentials.loginName(), credentials.secret());
            return store;
        } catch (AuthenticationFailedException e) {
            throw new MailAuthenticationException("The mail server refused the user name or password.", e);
        } catch (MessagingException e) {
            throw ConnectFailures.unavailable(e);
        } finally {
            sample.stop(metrics.command("login"));
        }
    }
}
