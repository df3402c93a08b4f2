package org.webmail.account;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Binds a provider account to the user of a mail address at its first single sign-on, and checks the binding at
 * every later one. A user is bound to one provider account only: another tenant, or another subject of the same
 * tenant (an account deleted and re-created at the provider), claiming the same address is refused until an
 * administrator removes the old link. A user who so far signed in with the mail password is bound on first use.
 * Call it after {@link AccountService#signedIn}, which creates the user of a new address.
 */
@ApplicationScoped
public class AccountLinks {

    /** Why a sign-in was refused: its provider account now names another address, or the address has another sign-in. */
    public enum Refusal { ADDRESS_MOVED, ADDRESS_TAKEN }

    /**
     * What came of a sign-in's link check; {@code refusal} (English, for the log) and {@code reason} are null when
     * linked. {@code other} is the login the provider account was set up for (ADDRESS_MOVED) or the other sign-in's
     * tenant (ADDRESS_TAKEN): the page words the reason in the reader's language.
     */
    public record Outcome(String login, String refusal, Refusal reason, String other) {
        public boolean linked() {
            return refusal == null;
        }

        static Outcome ok(String login) {
            return new Outcome(login, null, null, null);
        }
    }

    @Transactional
    public Outcome link(String tenant, String subject, String address) {
        SsoLink existing = SsoLink.find(tenant, subject);
        if (existing != null) {
            return existing.user.login.equals(address) ? Outcome.ok(address)
                    : new Outcome(existing.user.login, "Your " + tenant + " account now gives the mail address " + address
                    + ", but it was set up for " + existing.user.login + ". Ask your administrator to update the link.",
                    Refusal.ADDRESS_MOVED, existing.user.login);
        }
        UserAccount user = UserAccount.findByLogin(address);
        if (user == null) {
            throw new IllegalStateException("no user " + address + ": AccountService.signedIn comes first");
        }
        SsoLink other = SsoLink.ofUser(user);
        if (other != null) {
            return new Outcome(address, "The mail address " + address + " is already linked to another sign-in ("
                    + other.tenant + "). Sign in with that one, or ask your administrator.", Refusal.ADDRESS_TAKEN, other.tenant);
        }
        SsoLink link = new SsoLink();
        link.user = user;
        link.tenant = tenant;
        link.subject = subject;
        link.createdAt = Instant.now();
        link.persist();
        return Outcome.ok(address);
    }
}
