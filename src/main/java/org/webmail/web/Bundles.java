package org.webmail.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A message bundle in this request's language, for the few sentences Java has to put together itself (error pages,
 * notices after a redirect, refusals). Templates use their {@code msg:}/{@code mail:} namespaces instead.
 */
@RequestScoped
public class Bundles {

    @Inject
    RequestLocale locale;

    public <T> T of(Class<T> bundle) {
        return in(bundle, locale.getTag());
    }

    /** The bundle for a language tag ("en", "pt-BR"); English for a tag we do not ship. */
    public static <T> T in(Class<T> bundle, String languageTag) {
        return MessageBundles.get(bundle, Localized.Literal.of(RequestLocale.bestOf(languageTag).toLanguageTag()));
    }
}
