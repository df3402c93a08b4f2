package org.webmail.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.webmail.auth.CurrentUser;

/**
 * The signed-in reader's preferences for this request, read once from the database when a page first asks
 * (the layout reads {@code inject:prefs.theme}); a signed-out page gets the defaults.
 */
@Named("prefs")
@RequestScoped
public class Preferences {

    @Inject
    CurrentUser user;

    @Inject
    AccountService accounts;

    private AccountSettings settings;

    public AccountSettings settings() {
        if (settings == null) {
            // An error page for an address no resource matches is rendered on the I/O thread, where the database
            // may not be asked: it gets the defaults (and the browser's language), not a failure of its own.
            boolean ioThread = io.vertx.core.Context.isOnEventLoopThread();
            settings = accounts.settings(user.isSignedIn() && !ioThread ? user.getLogin() : null, !ioThread);
        }
        return settings;
    }

    /** light, dark or system: the value of the page's data-theme attribute. */
    public String getTheme() {
        return settings().theme().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** right, bottom or off: where the message opens beside the list on a wide screen. */
    public String getReadingPane() {
        return settings().readingPane().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The language tag the user chose, or null to follow the browser. */
    public String getLanguage() {
        return settings().language();
    }
}
