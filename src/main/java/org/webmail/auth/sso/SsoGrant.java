package org.webmail.auth.sso;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.webmail.auth.MailCredentialSource;
import org.webmail.auth.SignInEndedException;
import org.webmail.imap.MailCredentials;

/**
 * One browser's single sign-on: the provider's tokens, kept in this replica's memory only (like a password, see
 * docs/adr/0003-sessions-in-memory.md), and the mail credentials made from them. The access token is renewed with
 * the refresh token when less than {@code refreshBefore} is left, so every new IMAP or SMTP connection gets a live
 * one; connections already open may outlive it (the server checked it at their login).
 */
final class SsoGrant implements MailCredentialSource {

    private static final Logger LOG = Logger.getLogger(SsoGrant.class);

    private final String tenant;
    private final String subject;
    private final String providerSession;
    private final String address;
    private final SsoSettings.Tenant settings;
    private final OidcEndpoints endpoints;
    private final Duration refreshBefore;
    private final Clock clock;
    /** Told each new refresh token (the provider may rotate them), e.g. to keep the stored copy current. */
    private final java.util.function.Consumer<String> newRefreshToken;

    private String accessToken;
    private Instant expiresAt;
    private String refreshToken;
    private String idToken;

    SsoGrant(String tenant, String subject, String providerSession, String address, SsoSettings.Tenant settings,
             OidcEndpoints endpoints, Duration refreshBefore, Clock clock, IssuedTokens tokens,
             java.util.function.Consumer<String> newRefreshToken) {
        this.tenant = tenant;
        this.subject = subject;
        this.providerSession = providerSession;
        this.address = address;
        this.settings = settings;
        this.endpoints = endpoints;
        this.refreshBefore = refreshBefore;
        this.clock = clock;
        this.newRefreshToken = newRefreshToken;
        this.accessToken = tokens.accessToken();
        this.expiresAt = tokens.expiresAt();
        this.refreshToken = tokens.refreshToken();
        this.idToken = tokens.idToken();
    }

    /** The tokens a sign-in or a refresh produced. */
    record IssuedTokens(String accessToken, Instant expiresAt, String refreshToken, String idToken) {
        @Override
        public String toString() {
            return "IssuedTokens[expiresAt=" + expiresAt + "]"; // never the tokens themselves
        }
    }

    @Override
    public synchronized MailCredentials current() {
        if (settings.mailAccess() == SsoSettings.MailAccess.MASTER_USER) {
            return MailCredentialsFor.master(address, settings);
        }
        if (!clock.instant().isBefore(expiresAt.minus(refreshBefore))) {
            refresh();
        }
        return MailCredentialsFor.token(address, accessToken, settings.sasl());
    }

    private void refresh() {
        if (refreshToken == null) {
            throw new SignInEndedException("the provider gave no refresh token, and the access token has run out");
        }
        try {
            OidcEndpoints.Refreshed renewed = endpoints.refresh(tenant, refreshToken);
            accessToken = renewed.accessToken();
            expiresAt = clock.instant().plusSeconds(renewed.expiresInSeconds());
            if (!renewed.refreshToken().equals(refreshToken)) {
                refreshToken = renewed.refreshToken();
                newRefreshToken.accept(refreshToken);
            }
            if (renewed.idToken() != null) {
                idToken = renewed.idToken();
            }
            LOG.debugf("renewed the %s sign-in of %s until %s", tenant, address, expiresAt);
        } catch (OidcEndpoints.RefreshFailed e) {
            if (e.refused()) {
                throw new SignInEndedException(e.getMessage());
            }
            if (clock.instant().isBefore(expiresAt)) {
                LOG.warnf("could not renew the %s sign-in of %s yet (%s); the current token still holds", tenant, address, e.getMessage());
                return;
            }
            throw new IdentityProviderUnavailableException(e.getMessage());
        }
    }

    /**
     * Whether a back-channel logout for this provider account (and, when given, this provider session: the ID
     * token's "sid") concerns this browser.
     */
    boolean isFor(String tenant, String subject, String sid) {
        return this.tenant.equals(tenant) && (subject == null || subject.equals(this.subject))
                && (sid == null || sid.equals(providerSession));
    }

    @Override
    public Optional<URI> providerSignOut(URI afterwards) {
        return endpoints.endSession(tenant, idToken, afterwards);
    }
}
