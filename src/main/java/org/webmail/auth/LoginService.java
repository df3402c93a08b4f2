package org.webmail.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.web.AppMessages;
import org.webmail.web.Bundles;

import org.jboss.logging.Logger;
import org.webmail.account.AccountService;
import org.webmail.account.UserSignedIn;
import org.webmail.account.UserSignedOut;
import org.webmail.imap.MailAuthenticationException;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailServerUnavailableException;
import org.webmail.imap.MailStore;

/** Signs a person in with their mail credentials, checked by the organisation's IMAP server itself. */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class);

    @Inject
    Bundles bundles;

    @Inject
    MailStore mailStore;

    @Inject
    LoginRateLimiter rateLimiter;

    @Inject
    WebSessions sessions;

    @Inject
    AccountService accounts;

    @Inject
    jakarta.enterprise.event.Event<UserSignedIn> signedInEvent;

    @Inject
    jakarta.enterprise.event.Event<UserSignedOut> signedOutEvent;

    public sealed interface Outcome permits SignedIn, Refused {
    }

    public record SignedIn(WebSession session) implements Outcome {
    }

    public record Refused(String reason) implements Outcome {
    }

    public Outcome signIn(String username, String password, String clientAddress, String browserZone) {
        String login = username == null ? "" : username.strip();
        if (login.isEmpty() || password == null || password.isEmpty()) {
            return new Refused(bundles.of(AppMessages.class).login_missing_fields());
        }
        // No account name holds a control character; one with CR/LF is a try at protocol injection, answered as a
        // wrong name rather than passed on (the mail layer would refuse it as a programming error).
        if (login.length() > 320 || password.length() > 1024 || login.chars().anyMatch(Character::isISOControl)) {
            return new Refused(bundles.of(AppMessages.class).login_wrong());
        }
        if (rateLimiter.isBlocked(login, clientAddress)) {
            LOG.warnf("sign-in refused by rate limit for %s from %s", login, clientAddress);
            return new Refused(bundles.of(AppMessages.class).login_too_many());
        }
        MailCredentials credentials = MailCredentials.password(login, password);
        try {
            mailStore.verifyLogin(credentials.withOrigin(clientAddress));
        } catch (MailAuthenticationException e) {
            rateLimiter.recordFailure(login, clientAddress);
            return new Refused(bundles.of(AppMessages.class).login_wrong());
        } catch (MailServerUnavailableException e) {
            LOG.warnf("sign-in of %s: mail server unavailable: %s", login, e.getMessage());
            return new Refused(bundles.of(AppMessages.class).login_server_down());
        }
        rateLimiter.recordSuccess(login);
        accounts.signedIn(login, browserZone);
        SignedIn signedIn = new SignedIn(sessions.create(credentials));
        signedInEvent.fire(new UserSignedIn(login));
        return signedIn;
    }

    /** Ends this browser's session; returns where to end the provider's session too (single sign-on), if anywhere. */
    public java.util.Optional<java.net.URI> signOut(CurrentUser user, java.net.URI afterwards) {
        if (!user.isSignedIn()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<java.net.URI> provider = user.session().credentialSource().providerSignOut(afterwards);
        signOut(user);
        return provider;
    }

    public void signOut(CurrentUser user) {
        if (user.isSignedIn()) {
            String login = user.getLogin();
            sessions.end(user.session());
            signedOutEvent.fire(new UserSignedOut(login));
        }
    }
}
