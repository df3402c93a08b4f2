package org.webmail.message.spoofing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sender's display name and address give away about spoofing. The From header's display name is free
 * text (RFC 5322 section 3.4): anyone may write "support@paypal.example" or "Apple" there, and most mail programs
 * show only the name. So the name is compared with the real address, and every domain is checked for the look-alike
 * tricks of Unicode TS #39 (punycode, mixed scripts).
 */
public final class SenderSignals {

    /**
     * Characters that change how text around them is ordered or shown while being invisible themselves: the bidi
     * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069, Unicode UAX #9), the directional marks and
     * zero-width characters. "‮moc.lapyap" reads "paypal.com" on screen.
     */
    private static final Pattern HIDDEN = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\u2060\\uFEFF\\u00AD]");
    private static final Pattern ADDRESS = Pattern.compile(
            "[\\p{L}\\p{N}._%+'-]+@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)");
    /** A domain written on its own in a name ("paypal.example"): two or more labels, the last one letters. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?<![\\p{L}\\p{N}@.-])((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(?:\\p{L}{2,}|xn--[a-z0-9-]+))(?![\\p{L}\\p{N}.@-])",
            Pattern.CASE_INSENSITIVE);

    private SenderSignals() {
    }

    /** The name without the characters that reorder or hide text, as a view should show it; may be null. */
    public static String visibleName(String name) {
        return name == null ? null : HIDDEN.matcher(name).replaceAll("");
    }

    /** The signals for a sender {@code name <address>}, in the order a reader should see them; empty when none. */
    public static List<SenderSignal> of(String name, String address) {
        List<SenderSignal> signals = new ArrayList<>();
        String visible = visibleName(name);
        if (name != null && !visible.equals(name)) {
            signals.add(SenderSignal.hiddenCharacters(visible));
        }
        // NFKC folds look-alike forms into the ASCII ones: fullwidth "＠" and small "﹫" become "@".
        String folded = visible == null ? "" : Normalizer.normalize(visible, Normalizer.Form.NFKC);
        Set<Domain> domains = new LinkedHashSet<>();
        Domain own = address == null ? null : Domain.of(domainOf(address));
        if (own != null) {
            domains.add(own);
        }
        Matcher addresses = ADDRESS.matcher(folded);
        while (addresses.find()) {
            if (!sameAddress(addresses.group(), address)) {
                signals.add(SenderSignal.nameShowsOtherAddress(addresses.group(), address == null ? "" : address));
            }
            add(domains, addresses.group(1));
        }
        Matcher named = DOMAIN.matcher(folded);
        while (named.find()) {
            add(domains, named.group(1));
        }
        for (Domain domain : domains) {
            if (domain.international() || !domain.mixedScripts().isEmpty()) {
                signals.add(SenderSignal.of(domain));
            }
        }
        return List.copyOf(signals);
    }

    private static void add(Set<Domain> domains, String name) {
        Domain domain = Domain.of(name);
        if (domain != null) {
            domains.add(domain);
        }
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? null : address.substring(at + 1);
    }

    /** Same mailbox: local parts compared ignoring case (as nearly every server does), domains by their ASCII form. */
    private static boolean sameAddress(String shown, String address) {
        if (address == null) {
            return false;
        }
        int shownAt = shown.lastIndexOf('@');
        int realAt = address.lastIndexOf('@');
        if (realAt < 0) {
            return false;
        }
        Domain shownDomain = Domain.of(shown.substring(shownAt + 1));
        Domain realDomain = Domain.of(address.substring(realAt + 1));
        return shown.substring(0, shownAt).toLowerCase(Locale.ROOT).equals(address.substring(0, realAt).strip().toLowerCase(Locale.ROOT))
                && shownDomain != null && shownDomain.equals(realDomain);
    }
}
