package org.webmail.account;

import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Words for the user decided in a service (why an identity was refused) but worded only when a page shows them, in
 * the reader's language: {@code words -> words.nameTooLong(200)}.
 */
@FunctionalInterface
public interface AccountText {

    String in(AccountMessages words);

    /** The account bundle in one of the languages we ship (the request's, see {@code web.RequestLocale}). */
    static AccountMessages words(Locale locale) {
        return MessageBundles.get(AccountMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }
}
