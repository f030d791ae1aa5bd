package org.assay.cap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.framework.scoring.Rating;
import org.assay.assessment.Severity;
import org.assay.assessment.CurrentPublication;
import org.assay.platform.Clock;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Open and overdue corrective actions by severity, and the current rating, for a whole page of suppliers in
 * two SQL statements. The current rating is the published rating with the open-critical-finding cap lifted
 * once every critical action of that assessment is verified or withdrawn (its finding withdrawn after a dispute, see
 * {@code assessment.dispute}); the published assessment never changes.
 */
@ApplicationScoped
public class ActionStatusSummaries {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Counts and current rating of one supplier. */
    public record Summary(Map<Severity, Integer> open, Map<Severity, Integer> overdue, Rating publishedRating,
                          Rating currentRating, String explanation) {
        public int overdueTotal() {
            return overdue.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Map<UUID, Summary> of(Collection<UUID> supplierIds) {
        Map<UUID, Map<Severity, Integer>> open = new HashMap<>();
        Map<UUID, Map<Severity, Integer>> overdue = new HashMap<>();
        Map<UUID, Summary> result = new HashMap<>();
        if (supplierIds.isEmpty()) return result;
        UUID[] ids = supplierIds.toArray(UUID[]::new);
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("""
                        select supplier_id, severity, count(*), count(*) filter (where due_date < ?2)
                          from corrective_action where supplier_id = any(?1) and status not in ('VERIFIED', 'WITHDRAWN')
                         group by supplier_id, severity""")
                .setParameter(1, ids).setParameter(2, clock.today()).getResultList();
        for (Object[] r : counts) {
            UUID s = (UUID) r[0];
            Severity sev = Severity.valueOf((String) r[1]);
            open.computeIfAbsent(s, k -> zeros()).put(sev, ((Number) r[2]).intValue());
            overdue.computeIfAbsent(s, k -> zeros()).put(sev, ((Number) r[3]).intValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> latest = em.createNativeQuery("""
                        select distinct on (a.supplier_id) a.supplier_id, a.rating, a.rating_if_criticals_closed,
                               (select count(*) from corrective_action c where c.assessment_id = a.id and c.finding_id is not null and c.severity = 'CRITICAL' and c.status not in ('VERIFIED', 'WITHDRAWN')),
                               (select count(*) from finding f where f.assessment_id = a.id and f.severity = 'CRITICAL'),
                               (select count(*) from corrective_action w where w.assessment_id = a.id and w.severity = 'CRITICAL' and w.status = 'WITHDRAWN')
                          from assessment a where a.supplier_id = any(?1) and a.status = 'PUBLISHED'
                         order by a.supplier_id, """ + CurrentPublication.sqlOrder("a"))
                .setParameter(1, ids).getResultList();
        Map<UUID, Object[]> bySupplier = new HashMap<>();
        for (Object[] r : latest) bySupplier.put((UUID) r[0], r);
        for (UUID s : supplierIds) {
            Object[] r = bySupplier.get(s);
            Rating published = r == null || r[1] == null ? null : Rating.valueOf((String) r[1]);
            Rating lifted = r == null || r[2] == null ? null : Rating.valueOf((String) r[2]);
            long openCritical = r == null ? 0 : ((Number) r[3]).longValue();
            long criticalFindings = r == null ? 0 : ((Number) r[4]).longValue();
            long withdrawnCritical = r == null ? 0 : ((Number) r[5]).longValue();
            Rating current = published;
            String why;
            if (published == null) {
                why = "No published assessment.";
            } else if (criticalFindings == 0) {
                why = "Current rating equals the published rating: no critical finding.";
            } else if (openCritical > 0) {
                why = "Current rating equals the published rating: " + openCritical + " critical corrective action(s) not yet verified keep the cap at B.";
            } else {
                current = lifted;
                String reason = withdrawnCritical == 0 ? "Every critical corrective action is verified"
                        : withdrawnCritical == criticalFindings ? "Every critical finding was withdrawn after a dispute"
                        : "Every critical finding was withdrawn after a dispute or its corrective action verified";
                why = current == published ? reason + "; the cap is lifted but the rating is unchanged (other rules apply)."
                        : reason + ": the critical-finding cap is lifted, " + published + " → " + current
                        + ". The published assessment is unchanged.";
            }
            result.put(s, new Summary(open.getOrDefault(s, zeros()), overdue.getOrDefault(s, zeros()), published, current, why));
        }
        return result;
    }

    private static Map<Severity, Integer> zeros() {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        m.put(Severity.CRITICAL, 0);
        m.put(Severity.MAJOR, 0);
        m.put(Severity.MINOR, 0);
        return m;
    }
}
