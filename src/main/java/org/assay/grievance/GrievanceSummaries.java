package org.assay.grievance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Caller;
import org.assay.platform.Role;
import org.assay.sharing.Sharing;
import org.assay.sharing.SharingLevel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What members learn about grievances, under the supplier's sharing grant: at SUMMARY level counts by category and by
 * stage; at FULL level also the handlers' redacted public summaries of resolved and closed cases. Nothing without a grant.
 * The operator sees the same for any supplier. Never a protected field, never a message.
 */
@ApplicationScoped
public class GrievanceSummaries {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Sharing sharing;

    /** Counts and (FULL) finished cases. */
    public record Summary(UUID supplierId, SharingLevel level, Map<GrievanceCategory, Long> byCategory,
                          Map<GrievanceStage, Long> byStage, List<Grievance> finished) {
    }

    /** The summary the caller may see about the supplier, or empty when it may see none. */
    public Optional<Summary> of(UUID supplierId) {
        SharingLevel level;
        if (caller.is(Role.OPERATOR)) {
            level = SharingLevel.FULL;
        } else if (caller.is(Role.SUPPLIER) && caller.organisationId().equals(supplierId)) {
            level = SharingLevel.FULL;
        } else {
            level = sharing.bestLevels(List.of(supplierId)).get(supplierId);
        }
        if (level == null) {
            return Optional.empty();
        }
        return Optional.of(counts(supplierId, level));
    }

    /** Counts by stage only (public disclosure); no grant check: the caller decides. */
    public Map<GrievanceStage, Long> byStage(UUID supplierId) {
        return counts(supplierId, SharingLevel.SUMMARY).byStage();
    }

    @SuppressWarnings("unchecked")
    private Summary counts(UUID supplierId, SharingLevel level) {
        Map<GrievanceCategory, Long> byCategory = new EnumMap<>(GrievanceCategory.class);
        Map<GrievanceStage, Long> byStage = new EnumMap<>(GrievanceStage.class);
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                        "select category, stage, count(*) from grievance where supplier_id = ?1 group by category, stage")
                .setParameter(1, supplierId).getResultList()) {
            long n = ((Number) r[2]).longValue();
            byCategory.merge(GrievanceCategory.valueOf((String) r[0]), n, Long::sum);
            byStage.merge(GrievanceStage.valueOf((String) r[1]), n, Long::sum);
        }
        List<Grievance> finished = level == SharingLevel.FULL
                ? em.createQuery("from Grievance g where g.supplierId = :s and g.stage in :done order by g.updatedAt desc, g.id",
                        Grievance.class).setParameter("s", supplierId)
                .setParameter("done", List.of(GrievanceStage.RESOLVED, GrievanceStage.CLOSED)).setMaxResults(100).getResultList()
                : List.of();
        return new Summary(supplierId, level, byCategory, byStage, finished);
    }
}
