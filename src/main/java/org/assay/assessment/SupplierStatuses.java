package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.framework.scoring.Rating;
import org.assay.platform.Clock;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Supplier status for one supplier or a whole page of them with ONE SQL statement (no N+1), derived by
 * {@link SupplierStatusRule} from the supplier's open and latest published assessments.
 */
@ApplicationScoped
public class SupplierStatuses {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ValidityPolicy validity;

    public SupplierStatusRule.Derived of(UUID supplierId) {
        return of(List.of(supplierId)).get(supplierId);
    }

    public Map<UUID, SupplierStatusRule.Derived> of(Collection<UUID> supplierIds) {
        Map<UUID, List<SupplierStatusRule.Facts>> facts = new HashMap<>();
        if (!supplierIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select supplier_id, status, rating, overall_score, valid_until, published_at, id
                              from assessment
                             where supplier_id = any(?1) and status in ('REQUESTED', 'IN_PROGRESS', 'SUBMITTED', 'PUBLISHED')""")
                    .setParameter(1, supplierIds.toArray(UUID[]::new)).getResultList();
            for (Object[] r : rows) {
                facts.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new SupplierStatusRule.Facts(
                        AssessmentStatus.valueOf((String) r[1]), r[2] == null ? null : Rating.valueOf((String) r[2]),
                        (BigDecimal) r[3], toDate(r[4]), toInstant(r[5]), (UUID) r[6]));
            }
        }
        LocalDate today = clock.today();
        Map<UUID, SupplierStatusRule.Derived> result = new HashMap<>();
        for (UUID id : supplierIds) {
            result.put(id, SupplierStatusRule.derive(facts.getOrDefault(id, List.of()), today, validity.expiringWithinDays()));
        }
        return result;
    }

    private static LocalDate toDate(Object o) {
        if (o == null) return null;
        if (o instanceof LocalDate d) return d;
        return ((Date) o).toLocalDate();
    }

    private static Instant toInstant(Object o) {
        if (o == null) return null;
        if (o instanceof Instant i) return i;
        if (o instanceof java.time.OffsetDateTime odt) return odt.toInstant();
        return ((java.sql.Timestamp) o).toInstant();
    }
}
