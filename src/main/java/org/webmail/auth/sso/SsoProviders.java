package org.webmail.auth.sso;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/**
 * The providers this installation offers: those with settings under webmail.sso.tenants whose Quarkus OIDC tenant
 * is enabled. Also what the token and logout calls need from the tenant's OIDC settings.
 */
@ApplicationScoped
public class SsoProviders {

    /** The order of the buttons on the sign-in page. */
    private static final List<String> KNOWN = List.of("keycloak", "google", "microsoft");

    /** Issuers Quarkus fills in for its provider presets (quarkus.oidc.&lt;id&gt;.provider). */
    private static final java.util.Map<String, String> PRESET_ISSUERS = java.util.Map.of(
            "google", "https://accounts.google.com",
            "microsoft", "https://login.microsoftonline.com/common/v2.0");

    /** A provider as the sign-in page shows it. */
    public record Provider(String id, String label) {
    }

    @Inject
    SsoSettings settings;

    @Inject
    Config config;

    public List<Provider> enabled() {
        return KNOWN.stream().filter(this::isEnabled).map(id -> new Provider(id, settings.tenants().get(id).label())).toList();
    }

    public boolean isEnabled(String id) {
        return settings.tenants().containsKey(id)
                && config.getOptionalValue("quarkus.oidc." + id + ".tenant-enabled", Boolean.class).orElse(false);
    }

    SsoSettings.Tenant tenant(String id) {
        SsoSettings.Tenant tenant = settings.tenants().get(id);
        if (tenant == null) {
            throw new IllegalArgumentException("no webmail.sso.tenants." + id + " settings");
        }
        return tenant;
    }

    String issuer(String id) {
        return config.getOptionalValue("quarkus.oidc." + id + ".auth-server-url", String.class)
                .or(() -> Optional.ofNullable(PRESET_ISSUERS.get(id)))
                .orElseThrow(() -> new IllegalStateException("quarkus.oidc." + id + ".auth-server-url is not set"));
    }

    String clientId(String id) {
        return config.getValue("quarkus.oidc." + id + ".client-id", String.class);
    }

    Optional<String> clientSecret(String id) {
        return config.getOptionalValue("quarkus.oidc." + id + ".credentials.secret", String.class);
    }
}
