package org.webmail.compose;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Reads what a user typed in To, Cc or Bcc: addresses separated by commas or semicolons, each either
 * "addr@example.org" or "Name <addr@example.org>". Every address is checked against RFC 5322 3.4 (Jakarta Mail's
 * strict parser); an internationalised domain is converted to its ASCII form (IDNA, RFC 5891) for the envelope
 * and kept in Unicode for display. Problems are collected per address, so the user can fix them all at once.
 */
public final class Addresses {

    private Addresses() {
    }

    /** The recipients of one field; an empty or blank field gives an empty list. */
    public static List<Recipient> parse(String field) {
        List<Recipient> recipients = new ArrayList<>();
        List<ComposeText> problems = new ArrayList<>();
        for (String token : split(HeaderText.singleLine(field))) {
            try {
                recipients.add(one(token));
            } catch (AddressProblem e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new AddressProblem(problems);
        }
        return List.copyOf(recipients);
    }

    /** Splits at ',' and ';' outside quoted names and angle brackets (a name may contain either). */
    static List<String> split(String field) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean angle = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && quoted && i + 1 < field.length()) {
                current.append(c).append(field.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '<' && !quoted) {
                angle = true;
            } else if (c == '>' && !quoted) {
                angle = false;
            } else if ((c == ',' || c == ';') && !quoted && !angle) {
                addToken(tokens, current);
                continue;
            }
            current.append(c);
        }
        addToken(tokens, current);
        return tokens;
    }

    private static void addToken(List<String> tokens, StringBuilder current) {
        String token = current.toString().strip();
        if (!token.isEmpty()) {
            tokens.add(token);
        }
        current.setLength(0);
    }

    private static Recipient one(String token) {
        int open = token.lastIndexOf('<');
        int close = token.lastIndexOf('>');
        String name = "";
        String spec = token;
        if (open >= 0) {
            if (close < open) {
                throw problem(w -> w.addressUnclosed(token));
            }
            name = unquote(token.substring(0, open).strip());
            spec = token.substring(open + 1, close).strip();
        }
        int at = spec.lastIndexOf('@');
        if (at < 0) {
            throw problem(w -> w.addressWithoutAt(token));
        }
        String local = spec.substring(0, at);
        String domain = spec.substring(at + 1);
        if (local.isEmpty() || domain.isEmpty()) {
            throw problem(w -> w.addressIncomplete(token));
        }
        if (!local.chars().allMatch(c -> c < 128)) {
            throw problem(w -> w.addressNonAscii(token));
        }
        String asciiDomain = asciiDomain(token, domain);
        String address = local + "@" + asciiDomain;
        try {
            InternetAddress strict = new InternetAddress(address, true);
            strict.validate();
        } catch (AddressException e) {
            throw problem(w -> w.addressInvalid(token));
        }
        if (!asciiDomain.contains(".")) {
            throw problem(w -> w.addressWithoutDot(token));
        }
        return new Recipient(name, address, local + "@" + IDN.toUnicode(asciiDomain, IDN.ALLOW_UNASSIGNED));
    }

    private static String asciiDomain(String token, String domain) {
        try {
            return IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw problem(w -> w.addressBadDomain(token, domain));
        }
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\").strip();
        }
        return name;
    }

    private static AddressProblem problem(ComposeText what) {
        return new AddressProblem(List.of(what));
    }
}
