package org.webmail.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.api.Test;

/** The ConfigMap speaks the application's own configuration, in its environment-variable form. */
class ConfigMapSettingsTest {

    private final Map<String, String> data =
            KubernetesManifests.parse(KubernetesManifests.BASE.resolve("configmap.yaml"), ConfigMap.class).getData();

    /**
     * The environment-variable name SmallRye Config maps to a property: every character that is not a letter or
     * digit becomes '_', then upper case (webmail.imap.connect-timeout is WEBMAIL_IMAP_CONNECT_TIMEOUT).
     */
    private static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Set<String> applicationSettings() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConfigMapSettingsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .map(ConfigMapSettingsTest::environmentName).collect(Collectors.toSet());
    }

    @Test
    void everyWebmailVariableNamesASettingTheApplicationReads() throws IOException {
        Set<String> known = applicationSettings();
        for (String key : data.keySet()) {
            if (key.startsWith("WEBMAIL_")) {
                assertTrue(known.contains(key), key + " matches no webmail.* key in application.properties");
            }
        }
    }

    @Test
    void theMailServerAndPostgresqlAreConfigured() {
        assertTrue(data.containsKey("WEBMAIL_IMAP_HOST"));
        assertEquals("TLS", data.get("WEBMAIL_IMAP_SECURITY"));
        assertTrue(data.get("QUARKUS_DATASOURCE_JDBC_URL").startsWith("jdbc:postgresql://"), data.toString());
        assertTrue(data.get("QUARKUS_TLS_KEY_STORE_P12_PATH").startsWith("/etc/webmail/tls/"),
                "the keystore comes from the mounted secret, not from the build's self-signed one");
    }

    @Test
    void everyImapTimeoutIsSetSoNoneIsInfinite() {
        for (String timeout : new String[] {"CONNECT", "READ", "WRITE"}) {
            assertTrue(data.get("WEBMAIL_IMAP_" + timeout + "_TIMEOUT").matches("\\d+[smh]"), timeout);
        }
    }
}
