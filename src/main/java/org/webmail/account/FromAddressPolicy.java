package org.webmail.account;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which From addresses a user may give themselves ({@code webmail.identities.allowed-domains}): their own login,
 * any address in their login's domain, and any address in the configured domains; {@code *} allows every domain.
 * This only keeps honest users from obvious mistakes: the submission server, which knows who may send as whom
 * (RFC 6409 section 6.1), stays the final judge.
 */
final class FromAddressPolicy {

    private final Set<String> allowedDomains;
    private final boolean anyDomain;

    FromAddressPolicy(List<String> configured) {
        this.anyDomain = configured.stream().anyMatch(d -> d.strip().equals("*"));
        this.allowedDomains = configured.stream().map(String::strip).filter(d -> !d.isEmpty() && !d.equals("*"))
                .map(d -> IDN.toASCII(d).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Null when the user may send as this (already parsed) address, else why not (worded when shown). */
    AccountText problem(String login, String address) {
        if (address.equalsIgnoreCase(login) || anyDomain) {
            return null;
        }
        String domain = MailboxAddress.domainOf(address);
        int at = login.lastIndexOf('@');
        String ownDomain = at < 0 ? "" : login.substring(at + 1).toLowerCase(Locale.ROOT);
        if (domain.equals(ownDomain) || allowedDomains.contains(domain)) {
            return null;
        }
        List<String> permitted = permitted(ownDomain);
        String domains = String.join(", ", permitted);
        return permitted.isEmpty() ? AccountMessages::ownAddressOnly : w -> w.addressesAt(domains);
    }

    private List<String> permitted(String ownDomain) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ownDomain), allowedDomains.stream().sorted())
                .filter(d -> !d.isEmpty()).distinct().toList();
    }
}
