package org.webmail.message.spoofing;

import java.lang.Character.UnicodeScript;
import java.util.List;

/**
 * One reason to doubt who a message is from; the view words it (the {@code mail} bundle), nothing here is shown as
 * it stands.
 *
 * @param kind    what is wrong
 * @param shown   what the reader is shown: the address in the name, or the domain in its Unicode form
 * @param actual  what it really is: the sender's address, or the domain's ASCII form
 * @param scripts for {@link Kind#MIXED_SCRIPTS}, the alphabets mixed in one label; empty otherwise
 */
public record SenderSignal(Kind kind, String shown, String actual, List<UnicodeScript> scripts) {

    public enum Kind {
        /** The display name holds an address ("support@paypal.example") that is not the sender's. */
        NAME_SHOWS_OTHER_ADDRESS,
        /** A domain is written in punycode ("xn--"): its Unicode form reads differently from what DNS resolves. */
        INTERNATIONAL_DOMAIN,
        /** A domain label mixes alphabets (Latin with Cyrillic), the classic look-alike (homograph) domain. */
        MIXED_SCRIPTS,
        /** The display name holds invisible characters that reorder or hide text (bidi overrides, zero-width). */
        HIDDEN_CHARACTERS
    }

    public SenderSignal {
        scripts = List.copyOf(scripts);
    }

    static SenderSignal nameShowsOtherAddress(String shown, String actual) {
        return new SenderSignal(Kind.NAME_SHOWS_OTHER_ADDRESS, shown, actual, List.of());
    }

    static SenderSignal of(Domain domain) {
        List<UnicodeScript> mixed = domain.mixedScripts();
        Kind kind = mixed.isEmpty() ? Kind.INTERNATIONAL_DOMAIN : Kind.MIXED_SCRIPTS;
        return new SenderSignal(kind, domain.unicode(), domain.ascii(), mixed);
    }

    static SenderSignal hiddenCharacters(String cleaned) {
        return new SenderSignal(Kind.HIDDEN_CHARACTERS, cleaned, cleaned, List.of());
    }

    // For the templates, which test one kind at a time.
    public boolean namesOtherAddress() {
        return kind == Kind.NAME_SHOWS_OTHER_ADDRESS;
    }

    public boolean internationalDomain() {
        return kind == Kind.INTERNATIONAL_DOMAIN;
    }

    public boolean mixesScripts() {
        return kind == Kind.MIXED_SCRIPTS;
    }

    public boolean hidesCharacters() {
        return kind == Kind.HIDDEN_CHARACTERS;
    }
}
