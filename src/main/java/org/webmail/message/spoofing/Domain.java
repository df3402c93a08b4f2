package org.webmail.message.spoofing;

import java.lang.Character.UnicodeScript;
import java.net.IDN;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A domain name in both of its forms (RFC 5890): the Unicode letters a person reads and the ASCII form ("xn--"
 * labels, RFC 3492 punycode) that DNS resolves. A look-alike domain is only told apart from the real one in its
 * ASCII form, so every warning shows both.
 *
 * @param unicode the domain as a person reads it, lower-cased, without a trailing dot
 * @param ascii   the same domain as DNS resolves it; equal to {@code unicode} for plain ASCII domains
 */
public record Domain(String unicode, String ascii) {

    /** Unicode TS #39 section 5.2 "Highly Restrictive": these sets of scripts are how CJK languages write names. */
    private static final List<Set<UnicodeScript>> ALLOWED_MIXES = List.of(
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

    /** Both forms of {@code name}, or null when it is not a valid domain name (IDNA refuses it). */
    public static Domain of(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            String ascii = IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            String unicode = IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return new Domain(unicode, ascii);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the domain has labels that are not plain ASCII: its ASCII form has "xn--" labels. */
    public boolean international() {
        return !unicode.equals(ascii);
    }

    /**
     * The scripts of the first label that mixes alphabets a single word would not (Latin "pple" with a Cyrillic "а"),
     * in the order they appear; empty when every label keeps to one script. Digits, hyphens and combining marks
     * (Common and Inherited) belong to every script.
     */
    public List<UnicodeScript> mixedScripts() {
        for (String label : unicode.split("\\.")) {
            List<UnicodeScript> scripts = scripts(label);
            if (scripts.size() > 1 && ALLOWED_MIXES.stream().noneMatch(allowed -> allowed.containsAll(scripts))) {
                return scripts;
            }
        }
        return List.of();
    }

    /** The same site for a reader: equal ASCII forms, ignoring a leading "www." on either side. */
    public boolean sameSiteAs(Domain other) {
        return other != null && withoutWww(ascii).equals(withoutWww(other.ascii));
    }

    /** {@code this} is {@code other} or a subdomain of it ("mail.example.org" under "example.org"). */
    public boolean within(Domain other) {
        String mine = withoutWww(ascii);
        String theirs = withoutWww(other.ascii);
        return mine.equals(theirs) || mine.endsWith("." + theirs);
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static List<UnicodeScript> scripts(String label) {
        List<UnicodeScript> found = new ArrayList<>();
        label.codePoints().forEach(cp -> {
            UnicodeScript script = UnicodeScript.of(cp);
            if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED && script != UnicodeScript.UNKNOWN
                    && !found.contains(script)) {
                found.add(script);
            }
        });
        return found;
    }
}
