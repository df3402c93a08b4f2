package org.webmail.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.webmail.imap.MailAddress;

/** The per-user address book behind autocomplete, filled as the user sends and reads mail. */
@ApplicationScoped
public class ContactService implements Contacts {

    /** A send says more about who the user writes to than a received message does. */
    static final int SENT_WEIGHT = 3;

    static final int MAX_LIMIT = 50;

    Clock clock = Clock.systemUTC();

    @Override
    @Transactional
    public void recordSent(String login, List<MailAddress> recipients) {
        UserAccount user = UserAccount.findByLogin(login);
        if (user == null) {
            return;
        }
        recipients.stream().map(r -> contact(user, r)).filter(c -> c != null).forEach(c -> c.sentCount++);
    }

    @Override
    @Transactional
    public void recordSeen(String login, MailAddress sender) {
        UserAccount user = UserAccount.findByLogin(login);
        Contact contact = user == null ? null : contact(user, sender);
        if (contact != null) {
            contact.seenCount++;
        }
    }

    @Override
    @Transactional
    public List<MailAddress> suggest(String login, String prefix, int limit) {
        String typed = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        UserAccount user = UserAccount.findByLogin(login);
        if (typed.isEmpty() || user == null || limit <= 0) {
            return List.of();
        }
        String start = likeEscaped(typed) + "%";
        String wordStart = "% " + start;
        return Contact.<Contact>find("user = ?1 and (address like ?2 escape '!' or lower(name) like ?2 escape '!'"
                                + " or lower(name) like ?3 escape '!')"
                                + " order by (sentCount * " + SENT_WEIGHT + " + seenCount) desc, lastUsedAt desc, address",
                        user, start, wordStart)
                .page(0, Math.min(limit, MAX_LIMIT)).list().stream()
                .map(c -> new MailAddress(c.name, c.address)).toList();
    }

    /** The user's contact for this address, made on first use; null for something that is not an address. */
    private Contact contact(UserAccount user, MailAddress mailAddress) {
        if (mailAddress == null || mailAddress.address() == null) {
            return null;
        }
        String address = mailAddress.address().strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty() || address.length() > MailboxAddress.MAX_LENGTH || !address.contains("@")) {
            return null;
        }
        String name = mailAddress.name() == null ? "" : mailAddress.name().strip();
        Contact contact = Contact.findFor(user, address);
        if (contact == null) {
            // Two tabs meeting a new address at once must not both insert it (unique per user and address):
            // the user row's lock makes the second wait and then find the first one's row.
            UserAccount.findById(user.id, LockModeType.PESSIMISTIC_WRITE);
            contact = Contact.findFor(user, address);
        }
        if (contact == null) {
            contact = new Contact();
            contact.user = user;
            contact.address = address;
            contact.name = "";
            contact.lastUsedAt = Instant.now(clock);
            contact.persist();
        }
        // The name the user knows someone by is kept; a name arrives only where there was none.
        if (contact.name.isEmpty() && !name.isEmpty()) {
            contact.name = name.length() > IdentityForm.MAX_NAME ? name.substring(0, IdentityForm.MAX_NAME) : name;
        }
        contact.lastUsedAt = Instant.now(clock);
        return contact;
    }

    /** LIKE treats % and _ as wildcards: a typed "a_b" must match only itself. '!' is the escape character. */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
