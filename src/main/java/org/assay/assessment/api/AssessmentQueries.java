package org.assay.assessment.api;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.assessment.Assessment;
import org.assay.assessment.AssessmentAccess;
import org.assay.assessment.AssessmentRequest;
import org.assay.assessment.AssessmentRequests;
import org.assay.assessment.AssessmentStatus;
import org.assay.assessment.Answering;
import org.assay.assessment.Certificates;
import org.assay.assessment.Publication;
import org.assay.assessment.SupplierStatuses;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries on assessments, requests, statuses and certificates. Thin: rules live in the services of {@code assessment}. */
@GraphQLApi
@Transactional
public class AssessmentQueries {

    @Inject EntityManager em;
    @Inject Caller caller;
    @Inject AssessmentRequests requests;
    @Inject AssessmentAccess access;
    @Inject Answering answering;
    @Inject Publication publication;
    @Inject Certificates certificates;
    @Inject SupplierStatuses statuses;
    @Inject AssessmentReferences references;

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER, Role.MEMBER})
    @Description("One assessment, under the same rule as `node(id:)`. The operator sees all; an assessor only those assigned to its body; "
            + "a supplier only its own; a member only the assessment sharing shows it: the supplier's newest published one while the "
            + "supplier shares its results with it (an older, superseded or unpublished one is NOT_FOUND, as for an unknown id). "
            + "A member reads answers, findings and evidence through `sharedResults`, not here; its read is recorded for the supplier "
            + "(a SUMMARY access record, as `sharedResults` records its reads).")
    public AssessmentView assessment(@NonNull @Id @Description("Assessment id (its global id, or the legacy raw id).") String id) {
        Assessment a = access.readable(AssessmentView.TYPE.parse("id", id));
        access.recordReads(List.of(a));
        return references.views(List.of(a)).get(0);
    }

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Description("Assessments, newest first: all for the operator (optionally of one supplier), those assigned to the caller's body for an assessor, "
            + "the caller's own for a supplier.")
    public AssessmentConnection assessments(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after,
            @Description("Only this status.") AssessmentStatus status,
            @Id @Description("Operator only: only this supplier.") String supplierId) {
        PageRequest page = PageRequest.of(first, after);
        StringBuilder jpql = new StringBuilder("from Assessment a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (caller.is(Role.ASSESSOR)) {
            jpql.append(" and a.assessmentBodyId = :org");
            params.put("org", caller.organisationId());
        } else if (caller.is(Role.SUPPLIER)) {
            jpql.append(" and a.supplierId = :org");
            params.put("org", caller.organisationId());
        } else if (supplierId != null) {
            jpql.append(" and a.supplierId = :sup");
            params.put("sup", Ids.parse("supplierId", supplierId));
        }
        if (status != null) {
            jpql.append(" and a.status = :st");
            params.put("st", status);
        }
        if (page.hasCursor()) {
            jpql.append(" and (a.createdAt < :at or (a.createdAt = :at and a.id < :id))");
            params.put("at", page.instant(0));
            params.put("id", page.uuid(1));
        }
        jpql.append(" order by a.createdAt desc, a.id desc");
        var q = em.createQuery(jpql.toString(), Assessment.class);
        params.forEach(q::setParameter);
        PageRequest.Slice<Assessment> slice = page.slice(q.setMaxResults(page.first() + 1).getResultList(),
                a -> PageRequest.encode(a.createdAt.toString(), a.id.toString()));
        return slice.connection(references.views(slice.items()), AssessmentEdge::new, AssessmentConnection::new);
    }

    @Query
    @Allow(Role.MEMBER)
    @Description("The caller's organisation's assessment requests, newest first, with the status of the assessment each one led to.")
    public AssessmentRequestConnection myAssessmentRequests(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<AssessmentRequest> slice = page.slice(requests.mine(page), AssessmentRequests::cursorOf);
        return slice.connection(references.requestViews(slice.items()), AssessmentRequestEdge::new, AssessmentRequestConnection::new);
    }

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Description("Why an assessment has (or would have) its rating: each indicator's score and weight, each theme's score, and which caps apply.")
    public BreakdownView ratingBreakdown(@NonNull @Id @Description("Assessment id (its global id, or the legacy raw id).") String assessmentId) {
        Assessment a = access.visible(AssessmentView.TYPE.parse("assessmentId", assessmentId));
        return BreakdownView.of(a.id, publication.scoreCard(a, publication.openCriticalFindings(a.id)));
    }

    @Query
    @Allow(Role.SUPPLIER)
    @Description("The calling supplier's own status: not assessed, in progress, rated, expiring (within 60 days) or expired.")
    public SupplierStatusView mySupplierStatus() {
        return SupplierStatusView.of(caller.organisationId(), statuses.of(caller.organisationId()));
    }

    @Query
    @Allow(Role.SUPPLIER)
    @Description("Certificates the calling supplier has recorded.")
    public List<@NonNull CertificateView> myCertificates() {
        return certificates.ofSupplier(caller.organisationId()).stream().map(CertificateView::of).toList();
    }

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Description("Codes of the indicators asked in an assessment: those applicable to the supplier's or site's stages, minerals and CAHRA status.")
    public List<@NonNull String> applicableIndicators(@NonNull @Id @Description("Assessment id (its global id, or the legacy raw id).") String assessmentId) {
        Assessment a = access.visible(AssessmentView.TYPE.parse("assessmentId", assessmentId));
        return new ArrayList<>(answering.applicable(a).keySet());
    }
}
