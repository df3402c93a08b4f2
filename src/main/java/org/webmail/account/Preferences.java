package org.webmail.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.webmail.auth.CurrentUser;

import io.quarkus.runtime.BlockingOperationControl;

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
            // An error page for a request that reached no resource method (a 405, say) renders on the event loop,
            // where no database transaction may start: it gets the defaults, and its language follows the browser.
            settings = BlockingOperationControl.isBlockingAllowed()
                    ? accounts.settings(user.isSignedIn() ? user.getLogin() : null)
                    : accounts.defaults(null);
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
