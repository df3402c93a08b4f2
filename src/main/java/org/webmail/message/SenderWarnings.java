package org.webmail.message;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.webmail.imap.MailAddress;
import org.webmail.message.spoofing.SenderSignal;
import org.webmail.message.spoofing.SenderSignals;

import io.quarkus.qute.TemplateExtension;

/**
 * What the views show of a sender besides its name: the signals of {@link SenderSignals} for every address a
 * list row or a header prints, and the name without the invisible characters that reorder text. The words are the
 * {@code mail} bundle's; the templates print every value through Qute's escaping.
 */
@TemplateExtension
public final class SenderWarnings {

    /** ISO 15924 codes of the scripts look-alike domains use, so the JDK can name them in the page's language. */
    private static final Map<UnicodeScript, String> ISO_15924 = Map.ofEntries(
            Map.entry(UnicodeScript.LATIN, "Latn"), Map.entry(UnicodeScript.CYRILLIC, "Cyrl"),
            Map.entry(UnicodeScript.GREEK, "Grek"), Map.entry(UnicodeScript.ARMENIAN, "Armn"),
            Map.entry(UnicodeScript.HEBREW, "Hebr"), Map.entry(UnicodeScript.ARABIC, "Arab"),
            Map.entry(UnicodeScript.CHEROKEE, "Cher"), Map.entry(UnicodeScript.GEORGIAN, "Geor"),
            Map.entry(UnicodeScript.HAN, "Hani"), Map.entry(UnicodeScript.HIRAGANA, "Hira"),
            Map.entry(UnicodeScript.KATAKANA, "Kana"), Map.entry(UnicodeScript.HANGUL, "Hang"),
            Map.entry(UnicodeScript.THAI, "Thai"), Map.entry(UnicodeScript.DEVANAGARI, "Deva"),
            Map.entry(UnicodeScript.COPTIC, "Copt"), Map.entry(UnicodeScript.CANADIAN_ABORIGINAL, "Cans"));

    private SenderWarnings() {
    }

    /** Why this address may not be who it looks like; empty for an ordinary sender. */
    static List<SenderSignal> warnings(MailAddress address) {
        return address == null ? List.of() : SenderSignals.of(address.name(), address.address());
    }

    /** The display name as shown: without bidi overrides and zero-width characters; the address when there is no name. */
    static String shownName(MailAddress address) {
        String name = SenderSignals.visibleName(address.name());
        return name == null || name.isBlank() ? address.address() : name;
    }

    /** Whether the row shows the address next to a name (not twice when there is no name). */
    static boolean hasName(MailAddress address) {
        String name = SenderSignals.visibleName(address.name());
        return name != null && !name.isBlank();
    }

    /** "Latin, Cyrillic", "latim, cirílico": the scripts in the page's language. */
    static String scriptNames(List<UnicodeScript> scripts, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale language = locale instanceof Locale l ? l
                : Locale.forLanguageTag(locale == null ? "en" : locale.toString().replace('_', '-'));
        return String.join(", ", scripts.stream().map(script -> scriptName(script, language)).toList());
    }

    private static String scriptName(UnicodeScript script, Locale language) {
        String code = ISO_15924.get(script);
        String name = code == null ? "" : new Locale.Builder().setScript(code).build().getDisplayScript(language);
        if (name.isEmpty() || name.equals(code)) {
            String raw = script.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(raw.charAt(0)) + raw.substring(1);
        }
        return name;
    }
}
