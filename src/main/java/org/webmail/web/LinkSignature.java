package org.webmail.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Signs links the webmail hands out without a session behind them: a remote image fetched through our proxy from
 * the sandboxed message frame (whose opaque origin sends no cookie), or the page that shows where a suspicious link
 * leads. A signature proves the server itself wrote the link for these exact values before {@code expires}, so
 * neither becomes an open proxy or an open redirect for anyone who guesses the URL shape.
 * <p>
 * HMAC-SHA256 (RFC 2104) over the parts, each length-prefixed so that ("ab","c") and ("a","bc") sign differently.
 * The key comes from {@code webmail.link-key} (Base64 of at least 32 random bytes, from a Kubernetes Secret);
 * without one a random key is made at start, which is fine for one process but not for replicas behind a load
 * balancer, hence the warning.
 */
@ApplicationScoped
public class LinkSignature {

    private static final Logger LOG = Logger.getLogger(LinkSignature.class);
    private static final String ALGORITHM = "HmacSHA256";

    @ConfigProperty(name = "webmail.link-key")
    Optional<String> configuredKey;

    Clock clock = Clock.systemUTC();
    private SecretKeySpec key;

    @PostConstruct
    void init() {
        key = new SecretKeySpec(keyBytes(), ALGORITHM);
    }

    /** A URL-safe signature of {@code parts} that holds until {@code expires}. */
    public String sign(Instant expires, String... parts) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(expires.getEpochSecond(), parts));
    }

    /** True when {@code signature} was made by {@link #sign} for these parts and {@code expires} has not passed. */
    public boolean verify(String signature, Instant expires, String... parts) {
        if (signature == null || expires == null || clock.instant().isAfter(expires)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(expires.getEpochSecond(), parts));
    }

    public Instant now() {
        return clock.instant();
    }

    private byte[] mac(long expires, String... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            update(mac, Long.toString(expires));
            for (String part : parts) {
                update(mac, part == null ? "" : part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static void update(Mac mac, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) ':');
        mac.update(bytes);
    }

    private byte[] keyBytes() {
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(configuredKey.get().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("webmail.link-key is not Base64", e);
            }
            if (raw.length < 32) {
                throw new IllegalStateException("webmail.link-key must be at least 32 bytes (Base64 of random bytes), not " + raw.length);
            }
            return raw;
        }
        LOG.warn("webmail.link-key is not set: signed links (remote images, link checks) use a key made at start, "
                + "so they stop working after a restart and differ between replicas; set it from a Secret");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
