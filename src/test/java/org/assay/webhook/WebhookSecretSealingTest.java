package org.assay.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhook signing secrets are never stored in clear: the raw row holds only AES-GCM sealed values under the active
 * key, also after a rotation; a secret stored in clear before sealing existed is sealed by {@link WebhookSecrets#reseal}
 * and still signs. (Deliveries signed with sealed secrets verify: {@code WebhookDeliveryTest}.)
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class WebhookSecretSealingTest {

    @Inject
    AgroalDataSource db;

    @Inject
    WebhookSecrets secrets;

    @Inject
    EntityManager em;

    record Row(String secret, String previousSecret, byte[] sealed, byte[] previousSealed, String keyId) {
    }

    @Test
    void theRawRowHoldsOnlySealedSecretsAlsoAfterRotationAndAClearOneIsSealed() throws Exception {
        WebhookDeliveryTest.Endpoint e = WebhookDeliveryTest.register("https://hooks.sealed.example/assay");
        Row row = row(e);
        assertNull(row.secret(), "no secret in clear");
        assertNull(row.previousSecret());
        assertNotNull(row.sealed());
        assertEquals("test1", row.keyId());
        assertNotContains(row.sealed(), e.secret());

        Gql.Result rotated = e.admin().post("""
                mutation($in: WebhookEndpointRefInput!) { rotateWebhookSecret(input: $in) { secret userErrors { code } } }""",
                vars("in", Map.of("endpointId", e.id()))).assertNoErrors();
        String newSecret = rotated.string("data.rotateWebhookSecret.secret");
        assertTrue(newSecret.startsWith("whsec_"), rotated.raw());
        Row after = row(e);
        assertNull(after.secret());
        assertNull(after.previousSecret());
        assertNotNull(after.previousSealed(), "the previous secret is kept for the overlap, sealed");
        assertNotContains(after.sealed(), newSecret);
        assertNotContains(after.previousSealed(), e.secret());
        assertEquals(newSecret, QuarkusTransaction.requiringNew().call(() -> secrets.current(em.find(WebhookEndpoint.class, e.key())).text()));
        assertEquals(e.secret(), QuarkusTransaction.requiringNew().call(() -> secrets.previous(em.find(WebhookEndpoint.class, e.key())).text()));

        // a row written in clear before secrets were sealed: sealed by the start-up pass, the same secret afterwards
        String clear = SigningSecret.generate().text();
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement("""
                update webhook_endpoint set secret = ?, secret_sealed = null, secret_key_id = null, previous_secret_sealed = null,
                  previous_secret_until = null where id = ?""")) {
            p.setString(1, clear);
            p.setObject(2, e.key());
            assertEquals(1, p.executeUpdate());
        }
        assertTrue(QuarkusTransaction.requiringNew().call(() -> secrets.reseal(100)) >= 1);
        Row sealed = row(e);
        assertNull(sealed.secret());
        assertNotContains(sealed.sealed(), clear);
        assertEquals(clear, QuarkusTransaction.requiringNew().call(() -> secrets.current(em.find(WebhookEndpoint.class, e.key())).text()));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> secrets.reseal(100)), "nothing left in clear or under another key");
    }

    private static void assertNotContains(byte[] stored, String secret) {
        String asText = new String(stored, StandardCharsets.ISO_8859_1);
        byte[] key = Base64.getDecoder().decode(secret.substring(SigningSecret.PREFIX.length()));
        assertFalse(asText.contains(secret) || asText.contains(new String(key, StandardCharsets.ISO_8859_1)), "the secret is stored in clear");
    }

    private Row row(WebhookDeliveryTest.Endpoint e) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(
                "select secret, previous_secret, secret_sealed, previous_secret_sealed, secret_key_id from webhook_endpoint where id = ?")) {
            p.setObject(1, e.key());
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next());
                return new Row(r.getString(1), r.getString(2), r.getBytes(3), r.getBytes(4), r.getString(5));
            }
        }
    }
}
