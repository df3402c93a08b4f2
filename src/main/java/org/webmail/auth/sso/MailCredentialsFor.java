package org.webmail.auth.sso;

import org.webmail.imap.MailCredentials;

/** The mail-server login a single sign-on yields, per the tenant's mail access mode. */
final class MailCredentialsFor {

    private MailCredentialsFor() {
    }

    static MailCredentials token(String address, String accessToken, SsoSettings.Sasl sasl) {
        return new MailCredentials(address, accessToken, MailCredentials.Mechanism.XOAUTH2);
    }

    static MailCredentials master(String address, SsoSettings.Tenant settings) {
        throw new UnsupportedOperationException("master-user mail access");
    }
}
