package org.assay.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Standard Webhooks signature (standardwebhooks.com, symmetric scheme {@code v1}): HMAC-SHA256 with the secret's
 * key over {@code webhook-id + "." + webhook-timestamp + "." + body}, base64-encoded, prefixed {@code v1,}. Several
 * signatures (during a secret rotation) go space-separated into one {@code webhook-signature} header. Plain code.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    /** {@code v1,<base64 HMAC-SHA256>} of the message with one secret. */
    public static String sign(SigningSecret secret, String messageId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The {@code webhook-signature} header value: one signature per secret, space-separated. */
    public static String header(List<SigningSecret> secrets, String messageId, long timestampSeconds, String body) {
        return secrets.stream().map(s -> sign(s, messageId, timestampSeconds, body)).collect(Collectors.joining(" "));
    }
}
