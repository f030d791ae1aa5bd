package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Caller;

import java.util.UUID;

/**
 * Which uploaded documents may be referenced from an assessment's answers and findings: documents uploaded
 * by the caller's organisation, or about this supplier by the supplier itself or the assigned body.
 */
@ApplicationScoped
public class EvidenceLinks {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public boolean usable(UUID documentId, Assessment a) {
        Number n = (Number) em.createNativeQuery("""
                        select count(*) from document d where d.id = ?1
                           and (d.uploader_organisation_id = ?2
                                or (d.supplier_id = ?3 and d.uploader_organisation_id in (?3, coalesce(cast(?4 as uuid), ?3))))""")
                .setParameter(1, documentId).setParameter(2, caller.organisationId())
                .setParameter(3, a.supplierId).setParameter(4, a.assessmentBodyId).getSingleResult();
        return n.intValue() > 0;
    }
}
