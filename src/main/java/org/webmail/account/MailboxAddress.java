package org.webmail.account;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Parses one bare mailbox address (RFC 5322 section 3.4.1 addr-spec) the way a user types it into a form. */
final class MailboxAddress {

    static final int MAX_LENGTH = 320;

    private MailboxAddress() {
    }

    /**
     * The address in the form mail headers need: an internationalised domain becomes its ASCII (IDNA, RFC 5891)
     * form, which the strict RFC 5322 parser then accepts; empty when it is not one valid address.
     */
    static Optional<String> parse(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String text = typed.strip();
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1 || text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            String domain = IDN.toASCII(text.substring(at + 1), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            InternetAddress parsed = new InternetAddress(text.substring(0, at) + "@" + domain, true);
            parsed.validate();
            // A display name or a group ("Dora <d@x>", "team: a@x;") is not a bare address.
            if (parsed.getPersonal() != null || parsed.isGroup() || !domain.contains(".")) {
                return Optional.empty();
            }
            return Optional.of(parsed.getAddress());
        } catch (AddressException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The domain of an address already accepted by {@link #parse}, lower-cased ASCII. */
    static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
