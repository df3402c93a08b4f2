package org.webmail.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.webmail.account.Preferences;

import io.vertx.core.http.HttpServerRequest;

/**
 * The language this request's pages speak: the one the user chose in settings, else the best match of the
 * browser's Accept-Language among the languages we ship, else English. {@code inject:locale.tag} gives the page's lang.
 */
@Named("locale")
@RequestScoped
public class RequestLocale {

    /** The languages with a complete set of messages, the first being the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"));

    @Inject
    Preferences preferences;

    @Inject
    HttpServerRequest request;

    private Locale locale;

    public Locale get() {
        if (locale == null) {
            String chosen = preferences.getLanguage();
            locale = chosen != null ? bestOf(chosen) : bestOf(request.getHeader("Accept-Language"));
        }
        return locale;
    }

    /** The BCP 47 tag, for {@code <html lang>}. */
    public String getTag() {
        return get().toLanguageTag();
    }

    /** The supported language that best matches an Accept-Language value (or a single tag); English when none does. */
    public static Locale bestOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SUPPORTED.get(0);
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            Locale exact = Locale.lookup(ranges, SUPPORTED);
            if (exact != null) {
                return exact;
            }
            // "pt" or "pt-PT" still reads Brazilian Portuguese better than English.
            for (Locale.LanguageRange range : ranges) {
                String language = Locale.forLanguageTag(range.getRange()).getLanguage();
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(language) && range.getWeight() > 0) {
                        return supported;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed header is the browser's problem, not the reader's: fall back
        }
        return SUPPORTED.get(0);
    }
}
