package org.webmail.auth.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Refresh tokens at rest: unreadable without the key, bound to their owner, tamper-evident. */
class TokenSealTest {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

    @Test
    void aSealedTokenOpensOnlyForItsOwnerUnderTheSameKey() {
        TokenSeal seal = new TokenSeal(KEY);
        byte[] sealed = seal.seal("eyJhbGciOi.refresh.token", "alice@example.test");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("refresh"), "not in clear");
        assertEquals("eyJhbGciOi.refresh.token", seal.open(sealed, "alice@example.test"));
        assertNull(seal.open(sealed, "bob@example.test"), "copied to bob's row it does not open");
        assertNull(new TokenSeal(OTHER_KEY).open(sealed, "alice@example.test"), "another key does not open it");
    }

    @Test
    void aChangedByteIsNoticedAndEverySealDiffers() {
        TokenSeal seal = new TokenSeal(KEY);
        byte[] sealed = seal.seal("token", "alice@example.test");
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertNull(seal.open(tampered, "alice@example.test"));
        assertFalse(Arrays.equals(sealed, seal.seal("token", "alice@example.test")), "a fresh nonce each time");
    }

    @Test
    void aKeyOfTheWrongShapeStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> new TokenSeal("not base64!"));
        assertThrows(IllegalStateException.class, () -> new TokenSeal(Base64.getEncoder().encodeToString(new byte[20])));
    }
}
