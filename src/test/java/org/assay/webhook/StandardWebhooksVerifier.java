package org.assay.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * A receiver's verification by the Standard Webhooks specification, written from the specification and independent of
 * the service's signer: strip {@code whsec_}, base64-decode the key, HMAC-SHA256 over {@code id.timestamp.body}, and
 * accept when any {@code v1,} entry of the space-separated header matches (constant-time comparison).
 */
final class StandardWebhooksVerifier {

    private StandardWebhooksVerifier() {
    }

    static boolean verify(String secret, String id, String timestamp, String body, String signatureHeader) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String entry : signatureHeader.split(" ")) {
                String[] versioned = entry.split(",", 2);
                if (versioned.length == 2 && versioned[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(versioned[1]))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
