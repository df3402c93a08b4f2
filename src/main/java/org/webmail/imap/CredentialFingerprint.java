package org.webmail.imap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A salted digest of the credentials a user's pooled connections were opened with, so the pool notices a changed
 * password or token without keeping the secret itself. The salt is per process: the digest means nothing elsewhere.
 */
final class CredentialFingerprint {

    private static final byte[] SALT = new SecureRandom().generateSeed(16);

    private CredentialFingerprint() {
    }

    static byte[] of(MailCredentials credentials) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(SALT);
            sha256.update((credentials.mechanism().name() + '\0' + credentials.username() + '\0' + credentials.secret())
                    .getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }
}
