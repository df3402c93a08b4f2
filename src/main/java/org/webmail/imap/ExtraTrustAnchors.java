package org.webmail.imap;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;

/**
 * Builds a socket factory that trusts the JDK's CA certificates plus those of a PEM file, so a private CA
 * (a company CA, a test server) can be added without replacing the JDK trust store. Host names are still
 * checked ({@code mail.imap(s).ssl.checkserveridentity}); only the set of trusted issuers grows.
 */
public final class ExtraTrustAnchors {

    private ExtraTrustAnchors() {
    }

    public static SSLSocketFactory socketFactory(Path pemFile) {
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int index = 0;
            for (X509Certificate jdkAnchor : jdkDefaultAnchors()) {
                anchors.setCertificateEntry("jdk-" + index++, jdkAnchor);
            }
            Collection<? extends Certificate> extra = readPem(pemFile);
            if (extra.isEmpty()) {
                throw new IllegalStateException("webmail.imap.trust-pem " + pemFile + " holds no certificate");
            }
            for (Certificate certificate : extra) {
                anchors.setCertificateEntry("extra-" + index++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("webmail.imap.trust-pem " + pemFile + " could not be loaded: " + e.getMessage(), e);
        }
    }

    private static X509Certificate[] jdkDefaultAnchors() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null); // null = the JDK's cacerts (or javax.net.ssl.trustStore when set)
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509.getAcceptedIssuers();
            }
        }
        return new X509Certificate[0];
    }

    private static Collection<? extends Certificate> readPem(Path pemFile) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pemFile)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
    }
}
