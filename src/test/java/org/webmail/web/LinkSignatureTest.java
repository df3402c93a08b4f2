package org.webmail.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LinkSignatureTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static LinkSignature signer(String key) {
        LinkSignature signature = new LinkSignature();
        signature.configuredKey = Optional.ofNullable(key);
        signature.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        signature.init();
        return signature;
    }

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void aSignatureHoldsForTheSamePartsUntilItExpires() {
        LinkSignature signer = signer(KEY);
        Instant expires = NOW.plus(Duration.ofHours(1));
        String signature = signer.sign(expires, "ann", "https://example.com/a.png");
        assertTrue(signer.verify(signature, expires, "ann", "https://example.com/a.png"));
        assertFalse(signer.verify(signature, expires, "ann", "https://example.com/b.png"), "other URL");
        assertFalse(signer.verify(signature, expires, "bob", "https://example.com/a.png"), "other user");
        assertFalse(signer.verify(signature, expires.plusSeconds(1), "ann", "https://example.com/a.png"), "stretched expiry");
        assertFalse(signer.verify(signature, NOW.minusSeconds(1), "ann", "https://example.com/a.png"), "expired");
    }

    @Test
    void partsCannotBeShiftedFromOneToTheNext() {
        LinkSignature signer = signer(KEY);
        Instant expires = NOW.plusSeconds(60);
        assertFalse(signer.verify(signer.sign(expires, "ab", "c"), expires, "a", "bc"));
    }

    @Test
    void garbageAndMissingSignaturesAreRefused() {
        LinkSignature signer = signer(KEY);
        Instant expires = NOW.plusSeconds(60);
        assertFalse(signer.verify(null, expires, "x"));
        assertFalse(signer.verify("%%%", expires, "x"));
        assertFalse(signer.verify("", expires, "x"));
    }

    @Test
    void replicasWithTheSameKeyAgreeAndOthersDoNot() {
        Instant expires = NOW.plusSeconds(60);
        String signature = signer(KEY).sign(expires, "x");
        assertTrue(signer(KEY).verify(signature, expires, "x"));
        assertFalse(signer(null).verify(signature, expires, "x"));
    }

    @Test
    void aShortOrMalformedKeyStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> signer(Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalStateException.class, () -> signer("not base64 !"));
    }
}
