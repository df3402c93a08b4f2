package org.webmail.account;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.webmail.message.render.MailHtmlSanitizer;
import org.webmail.message.render.RemoteContent;

/** A user's From identities: created on first use from their mail account, edited on the settings page. */
@ApplicationScoped
public class IdentityService implements Identities {

    /** Another user's identity is answered like a missing one (the resource compares against this instance). */
    static final AccountText NOT_YOURS = AccountMessages::identityNotFound;

    @Inject
    MailHtmlSanitizer sanitizer;

    FromAddressPolicy policy;

    @Inject
    IdentityService(@ConfigProperty(name = "webmail.identities.allowed-domains") Optional<List<String>> allowedDomains) {
        this.policy = new FromAddressPolicy(allowedDomains.orElse(List.of()));
    }

    /** The first call for a user makes their default identity from the mail account, so every user has one. */
    @Override
    @Transactional
    public List<Identity> of(String login) {
        return stored(login).stream().map(SenderIdentity::toIdentity).toList();
    }

    @Override
    @Transactional
    public Optional<Identity> find(String login, long identityId) {
        return owned(login, identityId).map(SenderIdentity::toIdentity);
    }

    /** Adds an identity; returns the problem (worded when shown), or null when added. */
    @Transactional
    public AccountText add(String login, IdentityForm form) {
        AccountText problem = problem(login, form);
        if (problem != null) {
            return problem;
        }
        List<SenderIdentity> existing = stored(login);
        if (existing.isEmpty()) {
            return NOT_YOURS;
        }
        SenderIdentity identity = new SenderIdentity();
        identity.mailAccount = existing.getFirst().mailAccount;
        fill(identity, form);
        identity.persist();
        return null;
    }

    /** Changes one of the user's identities; returns the problem (worded when shown), or null when saved. */
    @Transactional
    public AccountText update(String login, long identityId, IdentityForm form) {
        Optional<SenderIdentity> identity = owned(login, identityId);
        if (identity.isEmpty()) {
            return NOT_YOURS;
        }
        AccountText problem = problem(login, form);
        if (problem != null) {
            return problem;
        }
        fill(identity.get(), form);
        return null;
    }

    /** Makes one identity the default and every other one not, so there is exactly one. */
    @Transactional
    public AccountText makeDefault(String login, long identityId) {
        if (owned(login, identityId).isEmpty()) {
            return NOT_YOURS;
        }
        stored(login).forEach(i -> i.isDefault = i.id == identityId);
        return null;
    }

    /** Deletes an identity but never the last one; deleting the default makes the oldest remaining one default. */
    @Transactional
    public AccountText delete(String login, long identityId) {
        Optional<SenderIdentity> identity = owned(login, identityId);
        if (identity.isEmpty()) {
            return NOT_YOURS;
        }
        List<SenderIdentity> all = stored(login);
        if (all.size() == 1) {
            return AccountMessages::lastIdentity;
        }
        identity.get().delete();
        if (identity.get().isDefault) {
            all.stream().filter(i -> i.id != identityId).min(java.util.Comparator.comparingLong(i -> i.id))
                    .ifPresent(i -> i.isDefault = true);
        }
        return null;
    }

    private AccountText problem(String login, IdentityForm form) {
        AccountText problem = form.syntaxProblem();
        return problem != null ? problem : policy.problem(login, MailboxAddress.parse(form.address()).orElseThrow());
    }

    private void fill(SenderIdentity identity, IdentityForm form) {
        identity.name = form.name() == null ? "" : form.name().strip();
        identity.address = MailboxAddress.parse(form.address()).orElseThrow();
        identity.replyTo = form.replyTo() == null || form.replyTo().isBlank() ? null
                : MailboxAddress.parse(form.replyTo()).orElseThrow();
        identity.signatureText = form.signatureText() == null ? "" : form.signatureText().strip();
        // A signature goes into every message: no cid: parts to resolve, no remote images to track the reader.
        identity.signatureHtml = sanitizer.sanitize(form.signatureHtml(), RemoteContent.BLOCK, cid -> null).html();
    }

    private List<SenderIdentity> stored(String login) {
        UserAccount user = UserAccount.findByLogin(login);
        MailAccount account = user == null ? null : MailAccount.findFor(user);
        if (account == null) {
            return List.of();
        }
        List<SenderIdentity> identities = SenderIdentity.listFor(account);
        if (!identities.isEmpty()) {
            return identities;
        }
        // Two first pages at once (compose and settings in two tabs) must not both make a default identity:
        // the account row's lock makes the second wait, and it then finds the first one's identity.
        MailAccount.findById(account.id, LockModeType.PESSIMISTIC_WRITE);
        identities = SenderIdentity.listFor(account);
        if (!identities.isEmpty()) {
            return identities;
        }
        SenderIdentity first = new SenderIdentity();
        first.mailAccount = account;
        first.name = account.displayName == null ? "" : account.displayName;
        first.address = account.emailAddress;
        first.signatureText = "";
        first.signatureHtml = "";
        first.isDefault = true;
        first.persist();
        return List.of(first);
    }

    private Optional<SenderIdentity> owned(String login, long identityId) {
        return stored(login).stream().filter(i -> i.id == identityId).findFirst();
    }
}
