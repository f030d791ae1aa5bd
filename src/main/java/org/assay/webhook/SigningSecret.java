package org.assay.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A Standard Webhooks signing secret: {@code whsec_} followed by the base64 of the key bytes (32 random bytes from
 * {@link SecureRandom}; the specification asks for 24 to 64). Plain code.
 */
public record SigningSecret(String text) {

    public static final String PREFIX = "whsec_";
    static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public SigningSecret {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signing secret starts with " + PREFIX);
        }
        int length = Base64.getDecoder().decode(text.substring(PREFIX.length())).length;
        if (length < 24 || length > 64) {
            throw new IllegalArgumentException("a signing secret holds 24 to 64 bytes, not " + length);
        }
    }

    /** A new secret of {@value #KEY_BYTES} random bytes. */
    public static SigningSecret generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the bytes the base64 after the prefix stands for. */
    public byte[] key() {
        return Base64.getDecoder().decode(text.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return "SigningSecret[hidden]";
    }
}
