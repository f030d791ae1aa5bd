package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Clock;
import org.assay.platform.UserInputException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys for submissions: a retry with the same key and the same input returns the first result;
 * the same key with a different input is refused. Keys are scoped to the caller's organisation and operation. Calls with
 * the same key are serialised (a transaction-scoped advisory lock), so a retry sent while the first call still runs waits
 * for it and answers its result.
 */
@ApplicationScoped
public class Idempotency {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The target of an earlier call with this key, if any; refuses a reused key with a different input. */
    public Optional<UUID> replay(UUID organisationId, String operation, String key, String inputDigest) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > 200) {
            throw new UserInputException("input.idempotencyKey", AssessmentErrorCode.INVALID_IDEMPOTENCY_KEY, "idempotency key must be 1–200 characters");
        }
        // A concurrent call with the same key waits here until the first one's transaction ends, then sees its record:
        // a retry that overlaps the first call gets the first result, not the state the first call left behind.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, organisationId + "|" + operation + "|" + key).getSingleResult();
        List<?> rows = em.createNativeQuery("select input_digest, target_id from idempotency_record where organisation_id = ?1 and operation = ?2 and key = ?3")
                .setParameter(1, organisationId).setParameter(2, operation).setParameter(3, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!inputDigest.equals(row[0])) {
            throw new UserInputException("input.idempotencyKey", AssessmentErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "this idempotency key was already used with a different input");
        }
        return Optional.of((UUID) row[1]);
    }

    /** Records the key; a concurrent duplicate fails on the primary key and rolls back the second call. */
    public void remember(UUID organisationId, String operation, String key, String inputDigest, UUID targetId) {
        if (key == null) {
            return;
        }
        em.createNativeQuery("insert into idempotency_record (organisation_id, operation, key, input_digest, target_id, created_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, organisationId).setParameter(2, operation).setParameter(3, key).setParameter(4, inputDigest)
                .setParameter(5, targetId).setParameter(6, clock.now()).executeUpdate();
    }
}
