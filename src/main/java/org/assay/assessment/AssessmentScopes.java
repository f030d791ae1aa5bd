package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Facts about what is assessed (one site, or all active sites of a supplier), read from the supplier's sites. */
@ApplicationScoped
public class AssessmentScopes {

    @Inject
    EntityManager em;

    public boolean siteBelongsTo(UUID siteId, UUID supplierId) {
        return ((Number) em.createNativeQuery("select count(*) from supplier_site where id = ?1 and supplier_id = ?2 and archived_at is null")
                .setParameter(1, siteId).setParameter(2, supplierId).getSingleResult()).intValue() == 1;
    }

    /** Stages, minerals and CAHRA flag of the site, or the union over the supplier's active sites. */
    public Applicability.Scope scopeOf(UUID supplierId, UUID siteId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select stage, minerals, in_cahra from supplier_site where supplier_id = ?1 and (cast(?2 as uuid) is null or id = ?2)"
                        + " and (archived_at is null or id = ?2)")
                .setParameter(1, supplierId).setParameter(2, siteId).getResultList();
        Set<String> stages = new HashSet<>();
        Set<String> minerals = new HashSet<>();
        boolean cahra = false;
        for (Object[] r : rows) {
            stages.add((String) r[0]);
            minerals.addAll(Arrays.asList((String[]) r[1]));
            cahra |= (Boolean) r[2];
        }
        return new Applicability.Scope(Set.copyOf(stages), Set.copyOf(minerals), cahra);
    }

    /**
     * The scope of an assessment: stages and minerals of what it covers, and the CAHRA status recorded at its request
     * under the CAHRA list version in force then (a later list changes new assessments only).
     */
    public Applicability.Scope scopeOf(Assessment a) {
        Applicability.Scope live = scopeOf(a.supplierId, a.siteId);
        return a.inCahra == null ? live : new Applicability.Scope(live.stages(), live.minerals(), a.inCahra);
    }

    /** Country of the site, or of the supplier organisation. */
    public String countryOf(UUID supplierId, UUID siteId) {
        if (siteId != null) {
            List<?> c = em.createNativeQuery("select country from supplier_site where id = ?1").setParameter(1, siteId).getResultList();
            if (!c.isEmpty()) {
                return (String) c.get(0);
            }
        }
        return (String) em.createNativeQuery("select country from organisation where id = ?1").setParameter(1, supplierId).getSingleResult();
    }
}
