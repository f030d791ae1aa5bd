package org.assay.webhook;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signatures by the Standard Webhooks scheme, checked against the specification's published test vector. */
class WebhookSignatureTest {

    /** The test vector of the Standard Webhooks reference libraries ("sign function works"). */
    @Test
    void signsThePublishedTestVector() {
        SigningSecret secret = new SigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    void severalSecretsGiveSpaceSeparatedSignatures() {
        SigningSecret a = SigningSecret.generate();
        SigningSecret b = SigningSecret.generate();
        String header = WebhookSignature.header(List.of(a, b), "id", 1L, "{}");
        assertEquals(List.of(WebhookSignature.sign(a, "id", 1L, "{}"), WebhookSignature.sign(b, "id", 1L, "{}")),
                List.of(header.split(" ")));
    }

    @Test
    void generatedSecretsAreWhsecWith32RandomBytes() {
        SigningSecret s = SigningSecret.generate();
        assertTrue(s.text().startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(s.text().substring(6)).length);
        assertTrue(!s.text().equals(SigningSecret.generate().text()));
        assertTrue(!s.toString().contains(s.text().substring(6)), "toString never shows the secret");
    }

    @Test
    void secretsOfTheWrongShapeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SigningSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assertThrows(IllegalArgumentException.class, () -> new SigningSecret("whsec_" + Base64.getEncoder().encodeToString(new byte[8])));
    }
}
