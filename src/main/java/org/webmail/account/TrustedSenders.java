package org.webmail.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The senders whose remote content a user lets load without asking. Addresses are compared lower-cased: the
 * domain is case-insensitive anyway (RFC 5321 section 2.4) and no real mailbox differs from another by case alone.
 */
@ApplicationScoped
public class TrustedSenders {

    /** Enough for anyone's newsletters, small enough that a list cannot grow without bound. */
    public static final int MAX = 500;

    /** Why an address was not added. */
    public enum Refusal {
        NOT_AN_ADDRESS, TOO_MANY
    }

    @Transactional
    public List<String> of(String login) {
        UserAccount user = UserAccount.findByLogin(login);
        if (user == null) {
            return List.of();
        }
        return TrustedSender.<TrustedSender>list("userId = ?1 order by address", user.id).stream().map(t -> t.address).toList();
    }

    /** Whether the user trusts this sender; false for a missing address. */
    @Transactional
    public boolean trusts(String login, String address) {
        UserAccount user = UserAccount.findByLogin(login);
        String normal = normalised(address).orElse(null);
        return user != null && normal != null && TrustedSender.count("userId = ?1 and address = ?2", user.id, normal) > 0;
    }

    /** Adds an address as typed (validated, lower-cased); adding one already trusted changes nothing. */
    @Transactional
    public Optional<Refusal> add(String login, String typed) {
        Optional<String> address = normalised(typed);
        if (address.isEmpty()) {
            return Optional.of(Refusal.NOT_AN_ADDRESS);
        }
        UserAccount user = UserAccount.findByLogin(login);
        if (TrustedSender.count("userId = ?1 and address = ?2", user.id, address.get()) > 0) {
            return Optional.empty();
        }
        if (TrustedSender.count("userId = ?1", user.id) >= MAX) {
            return Optional.of(Refusal.TOO_MANY);
        }
        TrustedSender sender = new TrustedSender();
        sender.userId = user.id;
        sender.address = address.get();
        sender.persist();
        return Optional.empty();
    }

    /**
     * "Always show from this sender" on a message: trusts the sender and, for a user who was asked each time,
     * turns on loading from trusted senders (others are still asked), since that is what "always" means.
     * A user who chose never keeps never: one button on a message does not override that choice.
     */
    @Transactional
    public Optional<Refusal> alwaysShowFrom(String login, String address) {
        Optional<Refusal> refusal = add(login, address);
        UserAccount user = UserAccount.findByLogin(login);
        if (refusal.isEmpty() && user.remoteContent == RemoteContentPolicy.ASK) {
            user.remoteContent = RemoteContentPolicy.TRUSTED;
        }
        return refusal;
    }

    @Transactional
    public void remove(String login, String address) {
        UserAccount user = UserAccount.findByLogin(login);
        String normal = address == null ? null : address.strip().toLowerCase(Locale.ROOT);
        if (user != null && normal != null) {
            TrustedSender.delete("userId = ?1 and address = ?2", user.id, normal);
        }
    }

    /** The address as stored: a valid bare address, its domain in ASCII, all lower-case. */
    static Optional<String> normalised(String typed) {
        return MailboxAddress.parse(typed).map(a -> a.toLowerCase(Locale.ROOT));
    }
}
