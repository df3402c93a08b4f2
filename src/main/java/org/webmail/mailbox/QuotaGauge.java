package org.webmail.mailbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.webmail.auth.CurrentUser;

/**
 * The quota for the folder pane, read by the folderTree tag as {@code {inject:quota.usage}} so no page's template
 * signature has to carry it. Asked only when a page shows the pane, at most once per request.
 */
@Named("quota")
@RequestScoped
public class QuotaGauge {

    @Inject
    CurrentUser user;

    @Inject
    QuotaService quotas;

    private QuotaUsage usage;
    private boolean asked;

    /** Null when the server offers no quota or sets none for the user. */
    public QuotaUsage getUsage() {
        if (!asked) {
            asked = true;
            usage = user.isSignedIn() ? quotas.quota(user.credentials()).map(QuotaUsage::of).orElse(null) : null;
        }
        return usage;
    }
}
