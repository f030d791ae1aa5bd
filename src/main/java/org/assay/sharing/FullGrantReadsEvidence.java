package org.assay.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.evidence.DocumentReadRule;
import org.assay.evidence.DocumentRef;
import org.assay.platform.Caller;

import java.util.List;
import java.util.UUID;

/**
 * Anyone holding FULL access to a supplier's results may download the evidence documents referenced by the
 * answers and findings of the supplier's newest published assessment (the one {@code sharedResults} shows), and the
 * evidence the supplier cited in disputes of those findings ({@code Finding.dispute}, seen wherever the finding is).
 * Revocation takes effect on the next request: the grant is read every time.
 */
@ApplicationScoped
public class FullGrantReadsEvidence implements DocumentReadRule {

    @Inject
    EntityManager em;

    @Inject
    Sharing sharing;

    @Inject
    SharedResults results;

    @Override
    public boolean mayRead(Caller caller, DocumentRef document) {
        List<?> suppliers = em.createNativeQuery("""
                        select distinct a.supplier_id from assessment a
                         where a.status = 'PUBLISHED'
                           and (exists (select 1 from assessment_answer x where x.assessment_id = a.id
                                         and (x.document_id = ?1 or ?1 = any (x.evidence_ids)))
                                or exists (select 1 from finding f where f.assessment_id = a.id and ?1 = any (f.evidence_ids))
                                or exists (select 1 from finding_dispute d where d.assessment_id = a.id and ?1 = any (d.evidence_ids)))""")
                .setParameter(1, document.id()).getResultList();
        for (Object s : suppliers) {
            UUID supplierId = (UUID) s;
            SharingLevel level = sharing.bestLevels(List.of(supplierId)).get(supplierId);
            if (level == SharingLevel.FULL) {
                var current = results.current(supplierId);
                if (current != null && referencedBy(document.id(), current.id)) {
                    results.recordRead(supplierId, current.id, SharingLevel.FULL);
                    return true;
                }
            }
        }
        return false;
    }

    private boolean referencedBy(UUID documentId, UUID assessmentId) {
        Number n = (Number) em.createNativeQuery("""
                        select (select count(*) from assessment_answer x where x.assessment_id = ?2 and (x.document_id = ?1 or ?1 = any (x.evidence_ids)))
                             + (select count(*) from finding f where f.assessment_id = ?2 and ?1 = any (f.evidence_ids))
                             + (select count(*) from finding_dispute d where d.assessment_id = ?2 and ?1 = any (d.evidence_ids))""")
                .setParameter(1, documentId).setParameter(2, assessmentId).getSingleResult();
        return n.intValue() > 0;
    }
}
