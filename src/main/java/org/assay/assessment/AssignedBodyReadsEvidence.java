package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.evidence.DocumentReadRule;
import org.assay.evidence.DocumentRef;
import org.assay.platform.Caller;
import org.assay.platform.Role;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The assessment body assigned to a supplier's assessment may read the documents about that supplier and the
 * documents referenced by its assessments' answers and findings.
 */
@ApplicationScoped
public class AssignedBodyReadsEvidence implements DocumentReadRule {

    @Inject
    EntityManager em;

    /** One document: the batched rule for a list of one, so the rule is written once. */
    @Override
    public boolean mayRead(Caller caller, DocumentRef document) {
        return mayRead(caller, List.of(document)).contains(document.id());
    }

    /** Of these documents, those the caller (an assessor) may read, in one statement. */
    @Override
    public Set<UUID> mayRead(Caller caller, Collection<DocumentRef> documents) {
        if (!caller.is(Role.ASSESSOR) || documents.isEmpty()) {
            return Set.of();
        }
        UUID none = new UUID(0, 0);
        UUID[] ids = documents.stream().map(DocumentRef::id).toArray(UUID[]::new);
        UUID[] suppliers = documents.stream().map(d -> d.supplierId() == null ? none : d.supplierId()).toArray(UUID[]::new);
        List<?> readable = em.createNativeQuery("""
                        select d.id from unnest(?2, ?3) as d(id, supplier_id)
                         where exists (select 1 from assessment a
                                        where a.assessment_body_id = ?1
                                          and (a.supplier_id = d.supplier_id
                                               or exists (select 1 from assessment_answer x where x.assessment_id = a.id
                                                           and (x.document_id = d.id or d.id = any (x.evidence_ids)))
                                               or exists (select 1 from finding f where f.assessment_id = a.id and d.id = any (f.evidence_ids))))""")
                .setParameter(1, caller.organisationId()).setParameter(2, ids).setParameter(3, suppliers).getResultList();
        Set<UUID> result = new HashSet<>();
        readable.forEach(id -> result.add((UUID) id));
        return result;
    }
}
