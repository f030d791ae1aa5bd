package org.assay.grievance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.KeyRing;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;

/** Seals and opens the protected fields of grievances with the configured {@link KeyRing}; re-seals for key rotation. */
@ApplicationScoped
public class GrievanceProtection {

    private final KeyRing ring;

    @Inject
    EntityManager em;

    @Inject
    public GrievanceProtection(GrievanceConfig config) {
        this.ring = new KeyRing(KeyRing.parse(config.encryption().keys()), config.encryption().activeKey());
    }

    /** Seals the fields into the grievance (nothing stored when there is nothing to protect). */
    void seal(Grievance g, ProtectedFields fields) {
        if (fields == null || fields.isEmpty()) {
            g.protectedFields = null;
            g.protectedKeyId = null;
            return;
        }
        KeyRing.Sealed sealed = ring.seal(fields.toBytes(), aad(g.id));
        g.protectedFields = sealed.bytes();
        g.protectedKeyId = sealed.keyId();
    }

    /** The grievance's protected fields in clear, or null when none were given. Only for grievance handlers. */
    ProtectedFields open(Grievance g) {
        if (g.protectedFields == null) {
            return null;
        }
        return ProtectedFields.fromBytes(ring.open(new KeyRing.Sealed(g.protectedKeyId, g.protectedFields), aad(g.id)));
    }

    /**
     * Key rotation: re-seals under the active key up to {@code batch} grievances still sealed under another key;
     * returns how many. Run until it returns 0, then the old key can leave the ring.
     */
    public int reseal(int batch) {
        List<Grievance> stale = em.createQuery("from Grievance g where g.protectedKeyId is not null and g.protectedKeyId <> :active",
                Grievance.class).setParameter("active", ring.activeKeyId()).setMaxResults(batch).getResultList();
        for (Grievance g : stale) {
            seal(g, open(g));
        }
        return stale.size();
    }

    public String activeKeyId() {
        return ring.activeKeyId();
    }

    private static byte[] aad(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
