package org.assay.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Clock;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Usage events for fees: at most one per organisation, kind and assessment (the database guarantees it). */
@ApplicationScoped
public class Metering {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Records the event unless it exists; returns whether it was new. */
    public boolean record(UUID organisationId, UsageKind kind, UUID assessmentId) {
        return em.createNativeQuery("""
                        insert into usage_event (id, organisation_id, kind, assessment_id, occurred_at) values (?1, ?2, ?3, ?4, ?5)
                        on conflict (organisation_id, kind, assessment_id) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, organisationId).setParameter(3, kind.name())
                .setParameter(4, assessmentId).setParameter(5, clock.now()).executeUpdate() == 1;
    }

    /** {@link #record} for several assessments at once (one SQL statement); existing events stay as they are. */
    public void recordAll(UUID organisationId, UsageKind kind, List<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into usage_event (id, organisation_id, kind, assessment_id, occurred_at)
                        select gen_random_uuid(), ?1, ?2, a, ?3 from unnest(?4) as a
                        on conflict (organisation_id, kind, assessment_id) do nothing""")
                .setParameter(1, organisationId).setParameter(2, kind.name()).setParameter(3, clock.now())
                .setParameter(4, assessmentIds.toArray(UUID[]::new)).executeUpdate();
    }

    /** Totals by kind for one organisation in [from, to). */
    public Map<UsageKind, Long> totals(UUID organisationId, Instant from, Instant to) {
        Map<UsageKind, Long> totals = new EnumMap<>(UsageKind.class);
        for (UsageKind k : UsageKind.values()) totals.put(k, 0L);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, count(*) from usage_event where organisation_id = ?1 and occurred_at >= ?2 and occurred_at < ?3 group by kind")
                .setParameter(1, organisationId).setParameter(2, from).setParameter(3, to).getResultList();
        for (Object[] r : rows) {
            totals.put(UsageKind.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return totals;
    }
}
