package org.webmail.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Where the Dovecot and Postfix started by {@code src/test/interop/start} are, and Jakarta Mail settings to reach it:
 * the run directory comes from the system property {@code webmail.interop.dir}, else the environment
 * variable {@code WEBMAIL_INTEROP_DIR}, else {@code target/interop}.
 */
public final class InteropServer {

    public static final String HOST = "127.0.0.1";
    public static final int IMAPS_PORT = 10993;
    public static final int IMAP_STARTTLS_PORT = 10143;
    /** Postfix submission (RFC 6409) with STARTTLS required. */
    public static final int SUBMISSION_PORT = 10587;
    /** Postfix submission over implicit TLS (RFC 8314). */
    public static final int SUBMISSIONS_PORT = 10465;
    /**
     * The webmail's Dovecot master user (src/test/interop/dovecot/master-users): "alice@example.test*webmail" with
     * this secret, or SASL PLAIN with authorization identity alice@example.test, opens alice's mailbox.
     */
    public static final String MASTER_USER = "webmail";
    public static final String MASTER_SECRET = "webmail-master-secret";
    public static final String MASTER_SEPARATOR = "*";
    private static final String TIMEOUT_MILLIS = "10000";

    private InteropServer() {
    }

    public static Path runDir() {
        String configured = System.getProperty("webmail.interop.dir", System.getenv("WEBMAIL_INTEROP_DIR"));
        Path dir = Path.of(configured == null || configured.isBlank() ? "target/interop" : configured);
        if (!Files.isRegularFile(dir.resolve("tls/ca.pem"))) {
            throw new IllegalStateException("No interop Dovecot in " + dir.toAbsolutePath()
                    + ": run src/test/interop/start first (as root)");
        }
        return dir;
    }

    /** Settings for {@code protocol} ("imaps", "imap", "smtps" or "smtp"), every timeout set, host name checked (RFC 6125). */
    public static Properties mailProperties(String protocol, SSLSocketFactory tls) {
        String prefix = "mail." + protocol;
        Properties props = new Properties();
        props.put(prefix + ".connectiontimeout", TIMEOUT_MILLIS);
        props.put(prefix + ".timeout", TIMEOUT_MILLIS);
        props.put(prefix + ".writetimeout", TIMEOUT_MILLIS);
        props.put(prefix + ".ssl.checkserveridentity", "true");
        if (tls != null) {
            props.put(prefix + ".ssl.socketFactory", tls);
        }
        return props;
    }

    /** A socket factory that trusts exactly the CA certificates in the run directory's tls/ca.pem. */
    public static SSLSocketFactory trustingTestCa() throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream pem = Files.newInputStream(runDir().resolve("tls/ca.pem"))) {
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                trust.setCertificateEntry("interop-ca-" + n++, certificate);
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context.getSocketFactory();
    }
}
