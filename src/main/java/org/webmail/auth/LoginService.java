package org.webmail.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.web.AppMessages;
import org.webmail.web.Bundles;

import org.jboss.logging.Logger;
import org.webmail.account.AccountService;
import org.webmail.account.UserSignedIn;
import org.webmail.account.UserSignedOut;
import org.webmail.audit.AuditLog;
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
    AuditLog audit;

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

    /**
     * @param reason     the sentence for the form, in the reader's language
     * @param code       a short word for the audit log ("wrong_password")
     * @param retryAfter how long to wait before trying again, when a rate limit refused it
     */
    public record Refused(String reason, String code, java.util.Optional<java.time.Duration> retryAfter) implements Outcome {

        public Refused(String reason, String code) {
            this(reason, code, java.util.Optional.empty());
        }
    }

    public Outcome signIn(String username, String password, String clientAddress, String browserZone) {
        String login = username == null ? "" : username.strip();
        Outcome outcome = attempt(login, password, clientAddress, browserZone);
        if (outcome instanceof Refused refused && !login.isEmpty()) {
            audit.refused(login, "password", refused.code(), clientAddress);
        }
        return outcome;
    }

    private Outcome attempt(String login, String password, String clientAddress, String browserZone) {
        AppMessages words = bundles.of(AppMessages.class);
        if (login.isEmpty() || password == null || password.isEmpty()) {
            return new Refused(words.login_missing_fields(), "missing_fields");
        }
        // No account name holds a control character; one with CR/LF is a try at protocol injection, answered as a
        // wrong name rather than passed on (the mail layer would refuse it as a programming error).
        if (login.length() > 320 || password.length() > 1024 || login.chars().anyMatch(Character::isISOControl)) {
            return new Refused(words.login_wrong(), "malformed");
        }
        java.util.Optional<java.time.Duration> wait = rateLimiter.waitBefore(login, clientAddress);
        if (wait.isPresent()) {
            LOG.warnf("sign-in refused by rate limit for %s from %s for %s", login, clientAddress, wait.get());
            return new Refused(words.login_too_many(inWords(wait.get(), words)), "rate_limited", wait);
        }
        MailCredentials credentials = MailCredentials.password(login, password);
        try {
            mailStore.verifyLogin(credentials.withOrigin(clientAddress));
        } catch (MailAuthenticationException e) {
            rateLimiter.recordFailure(login, clientAddress);
            return new Refused(words.login_wrong(), "wrong_password");
        } catch (MailServerUnavailableException e) {
            LOG.warnf("sign-in of %s: mail server unavailable: %s", login, e.getMessage());
            return new Refused(words.login_server_down(), "server_unavailable");
        }
        rateLimiter.recordSuccess(login);
        accounts.signedIn(login, browserZone);
        SignedIn signedIn = new SignedIn(sessions.create(credentials));
        signedInEvent.fire(new UserSignedIn(login, "password", clientAddress));
        return signedIn;
    }

    /** A wait as the form says it: whole seconds under a minute, else minutes rounded up ("2 minutes"). */
    static String inWords(java.time.Duration wait, AppMessages words) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return seconds < 60 ? words.login_wait_seconds(seconds) : words.login_wait_minutes((seconds + 59) / 60);
    }

    /** Ends this browser's session; returns where to end the provider's session too (single sign-on), if anywhere. */
    public java.util.Optional<java.net.URI> signOut(CurrentUser user, java.net.URI afterwards, String clientAddress) {
        if (!user.isSignedIn()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<java.net.URI> provider = user.session().credentialSource().providerSignOut(afterwards);
        signOut(user, clientAddress);
        return provider;
    }

    public void signOut(CurrentUser user) {
        signOut(user, null);
    }

    private void signOut(CurrentUser user, String clientAddress) {
        if (user.isSignedIn()) {
            String login = user.getLogin();
            sessions.end(user.session());
            signedOutEvent.fire(new UserSignedOut(login, "user", clientAddress));
        }
    }
}
