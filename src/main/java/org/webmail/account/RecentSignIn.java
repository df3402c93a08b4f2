package org.webmail.account;

import java.time.Instant;

/**
 * One of the user's recent sign-ins as the settings page lists it, so a sign-in they do not recognise stands out.
 *
 * @param method "password", or "sso:" and the provider's tenant (audit log)
 */
public record RecentSignIn(Instant at, String method, String clientAddress) {

    public boolean singleSignOn() {
        return method != null && method.startsWith("sso:");
    }

    /** The provider's tenant name for a single sign-on ("keycloak"), else empty. */
    public String provider() {
        return singleSignOn() ? method.substring(4) : "";
    }
}
