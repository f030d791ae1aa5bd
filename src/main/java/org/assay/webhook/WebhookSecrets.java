package org.assay.webhook;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.KeyRing;
import org.assay.platform.OnceAcrossReplicas;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Webhook signing secrets are stored only sealed (AES-256-GCM, {@link KeyRing}) under the active key of
 * {@code assay.webhooks.encryption.keys}: a copy of the database (a backup, a replica, a support dump) does not let
 * anyone forge deliveries. Each sealed value is bound to its endpoint and its slot (current or previous secret), so it
 * cannot be moved to another row. At start, one replica re-seals what is not yet under the active key — secrets stored
 * in clear before sealing existed, and secrets under a key being rotated out ({@link #reseal}).
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);
    static final int BATCH = 500;

    private final KeyRing ring;

    @Inject
    EntityManager em;

    @Inject
    OnceAcrossReplicas once;

    @Inject
    public WebhookSecrets(@ConfigProperty(name = "assay.webhooks.encryption.keys") String keys,
                          @ConfigProperty(name = "assay.webhooks.encryption.active-key") String activeKey) {
        this.ring = new KeyRing(KeyRing.parse(keys), activeKey);
    }

    /** Seals {@code current} (and, during a rotation, {@code previous}) into the endpoint; nothing stays in clear. */
    void seal(WebhookEndpoint e, SigningSecret current, SigningSecret previous) {
        e.secretSealed = ring.seal(current.text().getBytes(StandardCharsets.UTF_8), aad(e.id, 'c')).bytes();
        e.previousSecretSealed = previous == null ? null : ring.seal(previous.text().getBytes(StandardCharsets.UTF_8), aad(e.id, 'p')).bytes();
        e.secretKeyId = ring.activeKeyId();
        e.secret = null;
        e.previousSecret = null;
    }

    /** The endpoint's current secret. */
    SigningSecret current(WebhookEndpoint e) {
        if (e.secretSealed == null) {
            return new SigningSecret(e.secret); // stored before sealing; sealed at the next start
        }
        return new SigningSecret(new String(ring.open(new KeyRing.Sealed(e.secretKeyId, e.secretSealed), aad(e.id, 'c')), StandardCharsets.UTF_8));
    }

    /** The endpoint's previous secret, or null. */
    SigningSecret previous(WebhookEndpoint e) {
        if (e.previousSecretSealed == null) {
            return e.previousSecret == null ? null : new SigningSecret(e.previousSecret);
        }
        return new SigningSecret(new String(ring.open(new KeyRing.Sealed(e.secretKeyId, e.previousSecretSealed), aad(e.id, 'p')),
                StandardCharsets.UTF_8));
    }

    /** The secrets deliveries are signed with at {@code now}: the current one, and the previous one during its overlap. */
    List<SigningSecret> signing(WebhookEndpoint e, Instant now) {
        List<SigningSecret> secrets = new ArrayList<>();
        secrets.add(current(e));
        if (e.previousSecretUntil != null && now.isBefore(e.previousSecretUntil)) {
            SigningSecret previous = previous(e);
            if (previous != null) {
                secrets.add(previous);
            }
        }
        return secrets;
    }

    /**
     * Re-seals under the active key up to {@code batch} endpoints whose secrets are in clear or under another key
     * (inside the caller's transaction); returns how many. Run until it returns 0; then an old key can leave the ring.
     */
    public int reseal(int batch) {
        List<WebhookEndpoint> stale = em.createQuery("from WebhookEndpoint e where e.secretSealed is null or e.secretKeyId <> :active",
                WebhookEndpoint.class).setParameter("active", ring.activeKeyId()).setMaxResults(batch).getResultList();
        for (WebhookEndpoint e : stale) {
            seal(e, current(e), previous(e));
        }
        return stale.size();
    }

    public String activeKeyId() {
        return ring.activeKeyId();
    }

    /** At start (after the migrations), one replica seals what is not yet sealed under the active key. */
    void onStart(@Observes @Priority(4000) StartupEvent event) {
        int total = 0;
        for (int i = 0; i < 10_000; i++) {
            Integer n = once.run("reseal-webhook-secrets", () -> reseal(BATCH));
            if (n == null || n == 0) {
                break;
            }
            total += n;
        }
        if (total > 0) {
            LOG.infof("Sealed the signing secrets of %d webhook endpoints under key %s", total, ring.activeKeyId());
        }
    }

    private static byte[] aad(UUID id, char slot) {
        return ByteBuffer.allocate(17).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).put((byte) slot).array();
    }
}
