package org.webmail.imap.sasl;

import java.security.Provider;
import java.security.Security;

/**
 * Registers {@link OAuthBearerClientFactory} with the JDK's security providers, which is where
 * {@code javax.security.sasl.Sasl} looks for a mechanism: Angus Mail ships only XOAUTH2, not OAUTHBEARER.
 */
public final class OAuthBearerProvider extends Provider {

    static final String NAME = "webmail-OAUTHBEARER";

    private OAuthBearerProvider() {
        super(NAME, "1.0", "SASL OAUTHBEARER client (RFC 7628)");
        // Creates the factory directly rather than by class name, so no reflective lookup is needed.
        putService(new Service(this, "SaslClientFactory", OAuthBearerClientFactory.MECHANISM,
                OAuthBearerClientFactory.class.getName(), null, null) {
            @Override
            public Object newInstance(Object constructorParameter) {
                return new OAuthBearerClientFactory();
            }
        });
    }

    /**
     * Adds the provider once per JVM. One left by an earlier class loader (a dev-mode restart) is replaced, so the
     * mechanism always comes from the running code.
     */
    public static synchronized void install() {
        Provider present = Security.getProvider(NAME);
        if (present != null && present.getClass() == OAuthBearerProvider.class) {
            return;
        }
        if (present != null) {
            Security.removeProvider(NAME);
        }
        Security.addProvider(new OAuthBearerProvider());
    }
}
