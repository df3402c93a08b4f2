package org.webmail.auth.sso;

import org.webmail.imap.MailCredentials;

/** The mail-server login a single sign-on yields, per the tenant's mail access mode. */
final class MailCredentialsFor {

    private MailCredentialsFor() {
    }

    static MailCredentials token(String address, String accessToken, SsoSettings.Sasl sasl) {
        return sasl == SsoSettings.Sasl.OAUTHBEARER ? MailCredentials.oauthBearer(address, accessToken)
                : MailCredentials.xoauth2(address, accessToken);
    }

    /** The webmail's master user acting for the verified address; the provider's tokens never reach the mail server. */
    static MailCredentials master(String address, SsoSettings.Tenant settings) {
        String name = settings.masterUser().orElseThrow(() -> new IllegalStateException(
                "mail-access=MASTER_USER needs webmail.sso.tenants.<id>.master-user and master-secret"));
        String secret = settings.masterSecret().orElseThrow(() -> new IllegalStateException(
                "mail-access=MASTER_USER needs webmail.sso.tenants.<id>.master-secret"));
        MailCredentials.MasterUser master = settings.masterSeparator().equals("none") ? MailCredentials.MasterUser.viaAuthorizationId(name)
                : MailCredentials.MasterUser.viaSeparator(name, settings.masterSeparator());
        return MailCredentials.masterUser(address, master, secret);
    }
}
