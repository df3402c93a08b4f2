package org.webmail.auth.sso;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.webmail.account.UserSignedOut;
import org.webmail.auth.OfflineCredentials;
import org.webmail.auth.SignInEndedException;
import org.webmail.imap.MailCredentials;

/**
 * Lets the outbox act for a single sign-on user whose browser is gone: their refresh token is kept sealed in the
 * database ({@link TokenSeal}, key from webmail.sso.token-key) and turned into a short-lived access token when
 * needed. Signing out, a back-channel logout or a refused renewal (revoked at the provider) deletes it, after which
 * the user's mail waits for their next sign-in. Without a key nothing is stored.
 */
@ApplicationScoped
public class OfflineGrants implements OfflineCredentials {

    private static final Logger LOG = Logger.getLogger(OfflineGrants.class);

    @Inject
    SsoSettings settings;

    @Inject
    SsoProviders providers;

    @Inject
    OidcEndpoints endpoints;

    private final Clock clock = Clock.systemUTC();
    private TokenSeal seal;
    /** Grants made from stored refresh tokens, kept so their access tokens are reused until close to their end. */
    private final Map<String, SsoGrant> active = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        seal = settings.tokenKey().map(TokenSeal::new).orElse(null);
    }

    boolean enabled() {
        return seal != null;
    }

    /**
     * Keeps (or replaces) the user's refresh token for work done without them. A grant made from the previous one
     * is dropped: the next use starts from this token.
     */
    void keep(String login, String tenant, String refreshToken) {
        active.remove(login);
        store(login, tenant, refreshToken);
    }

    @Transactional
    void store(String login, String tenant, String refreshToken) {
        if (seal == null || refreshToken == null) {
            return;
        }
        SsoOfflineGrant grant = SsoOfflineGrant.of(login);
        if (grant == null) {
            grant = new SsoOfflineGrant();
            grant.login = login;
        }
        grant.tenant = tenant;
        grant.sealedToken = seal.seal(refreshToken, login);
        grant.updatedAt = clock.instant();
        grant.persist();
    }

    @Transactional
    void forget(String login) {
        active.remove(login);
        SsoOfflineGrant.delete("login", login);
    }

    void signedOut(@Observes UserSignedOut event) {
        forget(event.login()); // "sign out" means: stop acting for me
    }

    @Override
    public Optional<MailCredentials> forUser(String login) {
        if (seal == null) {
            return Optional.empty();
        }
        SsoGrant grant = active.get(login);
        if (grant == null) {
            Stored stored = stored(login);
            if (stored == null) {
                return Optional.empty();
            }
            // The same renewal as a browser's sign-in, starting from an access token that has already run out.
            grant = new SsoGrant(stored.tenant(), null, null, login, providers.tenant(stored.tenant()), endpoints,
                    settings.refreshBefore(), clock, new SsoGrant.IssuedTokens(null, Instant.EPOCH, stored.refreshToken(), null),
                    rotated -> store(login, stored.tenant(), rotated)); // this grant goes on with the new token
            active.put(login, grant);
        }
        try {
            return Optional.of(grant.current());
        } catch (SignInEndedException e) {
            LOG.infof("stored sign-in of %s no longer renews (%s): forgotten", login, e.getMessage());
            forget(login);
        } catch (IdentityProviderUnavailableException e) {
            LOG.warnf("stored sign-in of %s: provider unreachable (%s)", login, e.getMessage());
        }
        return Optional.empty();
    }

    private record Stored(String tenant, String refreshToken) {
    }

    @Transactional
    Stored stored(String login) {
        SsoOfflineGrant grant = SsoOfflineGrant.of(login);
        if (grant == null) {
            return null;
        }
        String token = seal.open(grant.sealedToken, login);
        if (token == null) {
            LOG.warnf("stored sign-in of %s cannot be opened with the configured webmail.sso.token-key: forgotten", login);
            grant.delete();
            return null;
        }
        return new Stored(grant.tenant, token);
    }
}
