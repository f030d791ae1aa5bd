package org.assay.grievance;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AES-GCM sealing under a rotatable key ring, the follow-up code and the plain-text rule (plain code). */
class KeyRingTest {

    static String key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return Base64.getEncoder().encodeToString(k);
    }

    @Test
    void sealsUnderTheActiveKeyAndOpensWhatOlderKeysSealed() {
        byte[] aad = "row-1".getBytes(StandardCharsets.UTF_8);
        KeyRing old = new KeyRing(Map.of("k1", key(1)), "k1");
        KeyRing.Sealed sealed = old.seal("+243 81 555 0101".getBytes(StandardCharsets.UTF_8), aad);
        assertEquals("k1", sealed.keyId());
        assertFalse(new String(sealed.bytes(), StandardCharsets.ISO_8859_1).contains("555"));

        Map<String, String> both = new LinkedHashMap<>();
        both.put("k1", key(1));
        both.put("k2", key(2));
        KeyRing rotated = new KeyRing(both, "k2");
        assertArrayEquals("+243 81 555 0101".getBytes(StandardCharsets.UTF_8), rotated.open(sealed, aad));
        assertEquals("k2", rotated.seal(new byte[]{1}, aad).keyId());
        // once k1 has left the ring, what it sealed cannot be opened: re-seal before removing a key
        assertThrows(IllegalStateException.class, () -> new KeyRing(Map.of("k2", key(2)), "k2").open(sealed, aad));
    }

    @Test
    void aSealedValueIsBoundToItsRowAndTamperingIsDetected() {
        KeyRing ring = new KeyRing(Map.of("k1", key(1)), "k1");
        KeyRing.Sealed sealed = ring.seal("secret".getBytes(StandardCharsets.UTF_8), "row-1".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> ring.open(sealed, "row-2".getBytes(StandardCharsets.UTF_8)));
        byte[] tampered = sealed.bytes().clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> ring.open(new KeyRing.Sealed("k1", tampered), "row-1".getBytes(StandardCharsets.UTF_8)));
        // the same plaintext never seals to the same bytes (random nonce)
        assertFalse(java.util.Arrays.equals(sealed.bytes(), ring.seal("secret".getBytes(StandardCharsets.UTF_8), "row-1".getBytes(StandardCharsets.UTF_8)).bytes()));
    }

    @Test
    void refusesBadKeys() {
        assertThrows(IllegalArgumentException.class, () -> new KeyRing(Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), "k1"));
        assertThrows(IllegalArgumentException.class, () -> new KeyRing(Map.of("k1", key(1)), "k9"));
        assertThrows(IllegalArgumentException.class, () -> new KeyRing(Map.of("k1", "not base64!"), "k1"));
        assertEquals(Map.of("a", "x", "b", "y"), KeyRing.parse("a:x, b:y"));
    }

    @Test
    void followUpCodesAreRandomEnoughAndComparedAsTyped() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = FollowUpCode.newCode();
            assertTrue(code.matches("([A-HJ-NP-Z2-9]{4}-){6}[A-HJ-NP-Z2-9]{2}"), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size());
        // 26 symbols of 32: 130 bits
        assertTrue(FollowUpCode.CODE_SYMBOLS * Math.log(FollowUpCode.ALPHABET.length()) / Math.log(2) >= 128);
        String code = FollowUpCode.newCode();
        String digest = FollowUpCode.digest(code);
        assertTrue(FollowUpCode.matches(code.toLowerCase().replace("-", " "), digest));
        assertFalse(FollowUpCode.matches(code.substring(1), digest));
        assertEquals("GRV-AB2C-D3EF", FollowUpCode.normaliseReference(" grv-ab2c-d3ef "));
        assertEquals(null, FollowUpCode.normaliseReference("GRV-'; drop"));
    }

    @Test
    void plainTextOnly() {
        for (String ok : new String[]{"La rivière est rouge.", "pH < 5 and > 3", "A & B", "河水变红了", "line\nbreak\ttab"}) {
            assertTrue(PlainText.acceptable(ok), ok);
        }
        for (String bad : new String[]{"<script>x</script>", "<b>bold</b>", "</p>", "<!-- c -->", "&lt;", "&#60;", "bell\u0007"}) {
            assertFalse(PlainText.acceptable(bad), bad);
        }
    }
}
