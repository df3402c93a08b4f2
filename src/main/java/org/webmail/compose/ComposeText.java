package org.webmail.compose;

import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Words for the user decided deep in the code (an address problem, an upload refused) but worded only when shown,
 * in the language of whoever reads them: {@code words -> words.addressIncomplete(token)}.
 */
@FunctionalInterface
public interface ComposeText {

    String in(ComposeMessages words);

    /** The compose bundle in one of the languages we ship (the request's, see {@code web.RequestLocale}). */
    static ComposeMessages words(Locale locale) {
        return MessageBundles.get(ComposeMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }
}
