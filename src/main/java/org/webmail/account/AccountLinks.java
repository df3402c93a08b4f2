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

    /** What came of a sign-in's link check; {@code refusal} is null when linked. */
    public record Outcome(String login, String refusal) {
        public boolean linked() {
            return refusal == null;
        }
    }

    @Transactional
    public Outcome link(String tenant, String subject, String address) {
        SsoLink existing = SsoLink.find(tenant, subject);
        if (existing != null) {
            return existing.user.login.equals(address) ? new Outcome(address, null)
                    : new Outcome(existing.user.login, "Your " + tenant + " account now gives the mail address " + address
                    + ", but it was set up for " + existing.user.login + ". Ask your administrator to update the link.");
        }
        UserAccount user = UserAccount.findByLogin(address);
        if (user == null) {
            throw new IllegalStateException("no user " + address + ": AccountService.signedIn comes first");
        }
        SsoLink other = SsoLink.ofUser(user);
        if (other != null) {
            return new Outcome(address, "The mail address " + address + " is already linked to another sign-in ("
                    + other.tenant + "). Sign in with that one, or ask your administrator.");
        }
        SsoLink link = new SsoLink();
        link.user = user;
        link.tenant = tenant;
        link.subject = subject;
        link.createdAt = Instant.now();
        link.persist();
        return new Outcome(address, null);
    }
}
