package org.webmail.auth.sso;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.webmail.account.AccountLinks;
import org.webmail.account.AccountService;
import org.webmail.account.UserSignedIn;
import org.webmail.audit.AuditLog;
import org.webmail.auth.LoginService;
import org.webmail.auth.WebSession;
import org.webmail.auth.WebSessions;
import org.webmail.imap.MailAuthenticationException;
import org.webmail.imap.MailServerUnavailableException;
import org.webmail.imap.MailStore;
import org.webmail.web.AppMessages;
import org.webmail.web.Bundles;

/**
 * Turns a provider's verified sign-in into a webmail session: the mail address from the configured claim (only
 * when the provider vouches for it), the account link (tenant + subject), the mail server's acceptance of the
 * resulting login (or a connection of the user's still open), then the session.
 */
@ApplicationScoped
public class SsoSignIn {

    private static final Logger LOG = Logger.getLogger(SsoSignIn.class);

    @Inject
    Bundles bundles;

    @Inject
    SsoProviders providers;

    @Inject
    SsoSettings settings;

    @Inject
    OidcEndpoints endpoints;

    @Inject
    MailStore mailStore;

    @Inject
    AccountService accounts;

    @Inject
    AccountLinks links;

    @Inject
    WebSessions sessions;

    @Inject
    OfflineGrants offline;

    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    @Inject
    Event<UserSignedIn> signedInEvent;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** What the provider said about the user, from its ID token. */
    record Claims(String subject, Map<String, Object> values) {
    }

    LoginService.Outcome signIn(String tenant, Claims claims, SsoGrant.IssuedTokens tokens, String clientAddress) {
        LoginService.Outcome outcome = attempt(tenant, claims, tokens, clientAddress);
        if (outcome instanceof LoginService.Refused refused) {
            // without a vouched-for address, the provider's subject is who tried
            String who = address(providers.tenant(tenant), claims);
            audit.refused(who != null ? who : tenant + ":" + claims.subject(), "sso:" + tenant, refused.code(), clientAddress);
        }
        return outcome;
    }

    private LoginService.Outcome attempt(String tenant, Claims claims, SsoGrant.IssuedTokens tokens, String clientAddress) {
        SsoSettings.Tenant config = providers.tenant(tenant);
        String label = config.label();
        String address = address(config, claims);
        if (address == null) {
            LOG.warnf("%s sign-in of subject %s refused: no verified '%s' claim", tenant, claims.subject(), config.addressClaim());
            return new LoginService.Refused(bundles.of(AppMessages.class).sso_no_verified_address(label), "no_verified_address");
        }
        // Who this provider account is to us comes first: a refused one never reaches the mail server.
        accounts.signedIn(address, null);
        AccountLinks.Outcome link = links.link(tenant, claims.subject(), address);
        if (!link.linked()) {
            LOG.warnf("%s sign-in of subject %s for %s refused: %s", tenant, claims.subject(), address, link.refusal());
            AppMessages words = bundles.of(AppMessages.class);
            return new LoginService.Refused(link.reason() == AccountLinks.Refusal.ADDRESS_MOVED
                    ? words.sso_link_moved(label, address, link.other())
                    : words.sso_link_taken(address, link.other()), "link_" + link.reason().name().toLowerCase(Locale.ROOT));
        }
        Object sid = claims.values().get("sid");
        SsoGrant grant = new SsoGrant(tenant, claims.subject(), sid == null ? null : unquoted(sid), address, config, endpoints,
                settings.refreshBefore(), clock, tokens, rotated -> offline.keep(address, tenant, rotated));
        long started = System.nanoTime();
        try {
            // The provider has just proven who this is: a connection of theirs still open is reused (a returning user);
            // otherwise IMAP connect, TLS and the token login, which the server checks with the provider (introspection).
            mailStore.connect(grant.current().withOrigin(clientAddress));
            meters.timer("webmail.sso.mail.login", "tenant", tenant).record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (MailAuthenticationException e) {
            LOG.warnf("%s sign-in of %s: the mail server refused the login: %s", tenant, address, e.getMessage());
            return new LoginService.Refused(bundles.of(AppMessages.class).sso_mail_refused(label, address), "mail_server_refused");
        } catch (MailServerUnavailableException e) {
            LOG.warnf("%s sign-in of %s: mail server unavailable: %s", tenant, address, e.getMessage());
            return new LoginService.Refused(bundles.of(AppMessages.class).login_server_down(), "server_unavailable");
        }
        offline.keep(address, tenant, tokens.refreshToken());
        WebSession session = sessions.create(address, grant);
        signedInEvent.fire(new UserSignedIn(address, "sso:" + tenant, clientAddress));
        LOG.infof("%s sign-in of %s", tenant, address);
        return new LoginService.SignedIn(session);
    }

    /** The lower-cased address from the configured claim, or null when missing or not vouched for. */
    static String address(SsoSettings.Tenant config, Claims claims) {
        Object value = claims.values().get(config.addressClaim());
        String address = value == null ? "" : unquoted(value).strip();
        if (address.isEmpty() || !address.contains("@") || address.length() > 320) {
            return null;
        }
        if (!config.verifiedClaim().equals("none") && !"true".equals(unquoted(claims.values().get(config.verifiedClaim())))) {
            return null;
        }
        return address.toLowerCase(Locale.ROOT);
    }

    /** Claims arrive as String, Boolean or JSON values (whose toString keeps the quotes of a JSON string). */
    private static String unquoted(Object value) {
        String text = String.valueOf(value);
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
