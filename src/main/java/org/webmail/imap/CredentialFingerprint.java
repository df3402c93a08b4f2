package org.webmail.imap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A salted digest of how a user's pooled connections signed in, so the pool notices a change without keeping the
 * secret itself. The salt is per process: the digest means nothing elsewhere.
 * <p>
 * A changed password (or master password) is a change: connections opened with the old one are retired at once.
 * A new OAuth2 access token is not: it is the same user signing in the same way with a fresher copy of the same
 * grant, and a server checks a token only when it is presented (Dovecot keeps a session authenticated after its
 * token expired). So the token stays out of the digest; connections opened with an older token
 * serve until they die or idle out, and every new connection logs in with the token of the request that opens it.
 */
final class CredentialFingerprint {

    private static final byte[] SALT = new SecureRandom().generateSeed(16);

    private CredentialFingerprint() {
    }

    static byte[] of(MailCredentials credentials) {
        String signIn = credentials.mechanism().name() + '\0' + credentials.username() + '\0' + credentials.loginName();
        String secret = credentials.mechanism().bearerToken() ? "" : credentials.secret();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(SALT);
            sha256.update((signIn + '\0' + secret).getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }
}
