package org.assay.grievance;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * AES-256-GCM under a ring of named keys (plain code, the JDK's {@code javax.crypto}): everything is sealed under the
 * active key; any key of the ring opens what was sealed under it, so keys rotate by adding a new active key and
 * re-sealing ({@link GrievanceProtection#reseal}) before the old one is removed. A sealed value is
 * {@code nonce (12 bytes) || ciphertext || tag (16 bytes)}, bound to its row by the additional authenticated data.
 */
public final class KeyRing {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    /** A value sealed under the key {@code keyId}. */
    public record Sealed(String keyId, byte[] bytes) {
    }

    /**
     * @param encodedKeys key id → base64 of 32 random bytes
     * @param activeKeyId the key new values are sealed under
     */
    public KeyRing(Map<String, String> encodedKeys, String activeKeyId) {
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        encodedKeys.forEach((id, encoded) -> {
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(encoded.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("grievance key " + id + " is not base64");
            }
            if (raw.length != 32) {
                throw new IllegalArgumentException("grievance key " + id + " must be 32 bytes (AES-256), is " + raw.length);
            }
            ring.put(id, new SecretKeySpec(raw, "AES"));
        });
        if (!ring.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active grievance key " + activeKeyId + " is not in the key ring " + ring.keySet());
        }
        this.keys = Map.copyOf(ring);
        this.activeKeyId = activeKeyId;
    }

    /** {@code id:base64,id:base64} (the configuration's form) as id → base64. */
    public static Map<String, String> parse(String entries) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String entry : entries.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("a grievance key entry must be id:base64");
            }
            keys.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
        return keys;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** Seals {@code plaintext} under the active key, bound to {@code associatedData} (e.g. the row's id). */
    public Sealed seal(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return new Sealed(activeKeyId, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Opens a sealed value; fails if the key is unknown or the value (or its binding) was tampered with. */
    public byte[] open(Sealed sealed, byte[] associatedData) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("grievance key " + sealed.keyId() + " is no longer in the key ring");
        }
        byte[] bytes = sealed.bytes();
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("sealed value too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("sealed value does not authenticate (tampered, or bound to another row)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}
