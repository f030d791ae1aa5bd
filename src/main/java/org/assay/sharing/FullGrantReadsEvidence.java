package org.assay.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.assessment.CurrentPublication;
import org.assay.evidence.DocumentReadRule;
import org.assay.evidence.DocumentRef;
import org.assay.platform.Caller;
import org.assay.platform.Role;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** One document: the batched rule for a list of one, so the rule (and what it records) is written once. */
    @Override
    public boolean mayRead(Caller caller, DocumentRef document) {
        return mayRead(caller, List.of(document)).contains(document.id());
    }

    /**
     * Of these documents, those the caller may read, in a bounded number of statements: one for the documents the suppliers' newest
     * published assessments cite, one for the caller's grants, and at most two to record the reads (one per assessment
     * read, not per document).
     */
    @Override
    public Set<UUID> mayRead(Caller caller, Collection<DocumentRef> documents) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        UUID[] ids = documents.stream().map(DocumentRef::id).distinct().toArray(UUID[]::new);
        @SuppressWarnings("unchecked")
        List<Object[]> cited = em.createNativeQuery("""
                        with refs as (
                            select x.assessment_id, d.id as document_id from assessment_answer x
                              join unnest(?1) as d(id) on x.document_id = d.id or d.id = any (x.evidence_ids)
                            union
                            select f.assessment_id, d.id from finding f join unnest(?1) as d(id) on d.id = any (f.evidence_ids)
                            union
                            select fd.assessment_id, d.id from finding_dispute fd join unnest(?1) as d(id) on d.id = any (fd.evidence_ids))
                        select r.document_id, a.supplier_id, a.id from refs r join assessment a on a.id = r.assessment_id
                         where a.status = 'PUBLISHED' and a.id = """ + CurrentPublication.sqlCurrentId("a.supplier_id"))
                .setParameter(1, ids).getResultList();
        if (cited.isEmpty()) {
            return Set.of();
        }
        Set<UUID> suppliers = new HashSet<>();
        cited.forEach(row -> suppliers.add((UUID) row[1]));
        Map<UUID, SharingLevel> levels = sharing.bestLevels(suppliers);
        Set<UUID> readable = new HashSet<>();
        Map<UUID, SharedResults.Read> reads = new LinkedHashMap<>();
        for (Object[] row : cited) {
            UUID supplierId = (UUID) row[1];
            UUID assessmentId = (UUID) row[2];
            if (levels.get(supplierId) == SharingLevel.FULL) {
                readable.add((UUID) row[0]);
                if (!supplierId.equals(caller.organisationIdIfAny().orElse(null))) {
                    reads.putIfAbsent(assessmentId, new SharedResults.Read(supplierId, assessmentId, SharingLevel.FULL));
                }
            }
        }
        results.recordReads(caller.organisationId(), caller.is(Role.MEMBER), caller.subject(), List.copyOf(reads.values()));
        return readable;
    }
}
