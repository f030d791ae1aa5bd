package org.assay.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.assessment.Assessment;
import org.assay.assessment.CurrentPublication;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.Role;

import java.util.List;
import java.util.UUID;

/**
 * What a caller may see of a supplier's results: exactly what its best active grant allows (the supplier
 * itself and the neutral operator see everything). Every read by anyone else is recorded; a member's first
 * full read of an assessment is metered.
 */
@ApplicationScoped
public class SharedResults {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Sharing sharing;

    @Inject
    Metering metering;

    public AccessLevel levelFor(UUID supplierId) {
        if (caller.is(Role.OPERATOR) || (caller.is(Role.SUPPLIER) && supplierId.equals(caller.organisationId()))) {
            return AccessLevel.FULL;
        }
        return AccessLevel.of(sharing.bestLevels(List.of(supplierId)).get(supplierId));
    }

    /** The supplier's newest published assessment (the results that are shared), if any. */
    public Assessment current(UUID supplierId) {
        return CurrentPublication.find(em, supplierId);
    }

    /** Records a read of shared results (not for the supplier's own or the operator's reads). */
    public void recordRead(UUID supplierId, UUID assessmentId, SharingLevel level) {
        if (caller.is(Role.OPERATOR) || supplierId.equals(caller.organisationIdIfAny().orElse(null))) {
            return;
        }
        AccessRecord r = new AccessRecord();
        r.id = UUID.randomUUID();
        r.memberId = caller.organisationId();
        r.subject = caller.subject();
        r.supplierId = supplierId;
        r.assessmentId = assessmentId;
        r.level = level;
        r.readAt = clock.now();
        em.persist(r);
        if (level == SharingLevel.FULL && assessmentId != null && caller.is(Role.MEMBER)) {
            metering.record(caller.organisationId(), UsageKind.FULL_READ, assessmentId);
        }
    }

    /** One read of shared results made on an organisation's behalf outside a query (an event delivered to it). */
    public record Read(UUID supplierId, UUID assessmentId, SharingLevel level) {
    }

    /**
     * Records reads of shared results delivered to organisation {@code readerId} (events through the feed, a
     * subscription or a webhook; {@code subject}: who or what read them), as {@link #recordRead} does for a query:
     * one access record each, and a member's first full read of an assessment metered. At most two SQL statements.
     */
    public void recordReads(UUID readerId, boolean member, String subject, List<Read> reads) {
        if (reads.isEmpty()) {
            return;
        }
        int n = reads.size();
        UUID[] ids = new UUID[n];
        UUID[] suppliers = new UUID[n];
        UUID[] assessments = new UUID[n];
        String[] levels = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = UUID.randomUUID();
            suppliers[i] = reads.get(i).supplierId();
            assessments[i] = reads.get(i).assessmentId();
            levels[i] = reads.get(i).level().name();
        }
        em.createNativeQuery("""
                        insert into access_record (id, member_id, subject, supplier_id, assessment_id, level, read_at)
                        select r.id, ?1, ?2, r.supplier_id, r.assessment_id, r.level, ?3
                          from unnest(?4, ?5, ?6, ?7) as r(id, supplier_id, assessment_id, level)""")
                .setParameter(1, readerId).setParameter(2, subject).setParameter(3, clock.now())
                .setParameter(4, ids).setParameter(5, suppliers).setParameter(6, assessments).setParameter(7, levels)
                .executeUpdate();
        if (member) {
            List<UUID> full = reads.stream().filter(r -> r.level() == SharingLevel.FULL && r.assessmentId() != null)
                    .map(Read::assessmentId).distinct().toList();
            metering.recordAll(readerId, UsageKind.FULL_READ, full);
        }
    }

    /** Of these access records, those {@code accessRecords} shows the caller: the operator all, a supplier those about itself. One statement. */
    public List<AccessRecord> visibleRecords(java.util.Collection<UUID> ids) {
        boolean operator = caller.is(org.assay.platform.Role.OPERATOR);
        if (ids.isEmpty() || !(operator || caller.is(org.assay.platform.Role.SUPPLIER))) return List.of();
        var q = em.createQuery("from AccessRecord r where r.id in :ids" + (operator ? "" : " and r.supplierId = :s"), AccessRecord.class)
                .setParameter("ids", ids);
        if (!operator) q.setParameter("s", caller.organisationId());
        return q.getResultList();
    }

    public List<AccessRecord> records(UUID supplierId, UUID memberId, org.assay.platform.PageRequest page) {
        StringBuilder jpql = new StringBuilder("from AccessRecord r where 1 = 1");
        if (supplierId != null) jpql.append(" and r.supplierId = :s");
        if (memberId != null) jpql.append(" and r.memberId = :m");
        if (page.hasCursor()) jpql.append(" and (r.readAt < :at or (r.readAt = :at and r.id < :id))");
        jpql.append(" order by r.readAt desc, r.id desc");
        var q = em.createQuery(jpql.toString(), AccessRecord.class);
        if (supplierId != null) q.setParameter("s", supplierId);
        if (memberId != null) q.setParameter("m", memberId);
        if (page.hasCursor()) {
            q.setParameter("at", page.instant(0));
            q.setParameter("id", page.uuid(1));
        }
        return q.setMaxResults(page.first() + 1).getResultList();
    }
}
