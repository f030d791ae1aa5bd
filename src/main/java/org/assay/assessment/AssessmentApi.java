package org.assay.assessment;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.assessment.AssessmentViews.AnswerView;
import org.assay.assessment.AssessmentViews.AssessmentView;
import org.assay.assessment.AssessmentViews.BreakdownView;
import org.assay.assessment.AssessmentViews.CertificateView;
import org.assay.assessment.AssessmentViews.FindingView;
import org.assay.assessment.AssessmentViews.OrganisationRef;
import org.assay.assessment.AssessmentViews.RequestView;
import org.assay.assessment.AssessmentViews.SupplierStatusView;
import org.assay.audit.AuditTrail;
import org.assay.framework.AssessmentMethod;
import org.assay.framework.FrameworkVersion;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.MutationPayload;
import org.assay.platform.PageInfo;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** GraphQL operations on assessments. Thin: rules live in the services of this package. */
@GraphQLApi
public class AssessmentApi {

    @Inject EntityManager em;
    @Inject Caller caller;
    @Inject AssessmentRequests requests;
    @Inject AssessmentAccess access;
    @Inject Answering answering;
    @Inject Publication publication;
    @Inject Assignment assignment;
    @Inject Certificates certificates;
    @Inject SupplierStatuses statuses;
    @Inject Idempotency idempotency;
    @Inject AuditTrail auditTrail;
    @Inject org.assay.organisation.OrganisationNames organisationNames;

    // ---------------- queries ----------------

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Transactional
    @Description("One assessment. The operator sees all; an assessor only those assigned to its body; a supplier only its own.")
    public AssessmentView assessment(@NonNull @Id @Description("Assessment id.") String id) {
        return views(List.of(access.visible(Ids.parse("id", id)))).get(0);
    }

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Transactional
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
        return slice.connection(views(slice.items()), AssessmentConnection.AssessmentEdge::new, AssessmentConnection::new);
    }

    @Query
    @Allow(Role.MEMBER)
    @Transactional
    @Description("The caller's organisation's assessment requests, newest first, with the status of the assessment each one led to.")
    public AssessmentRequestConnection myAssessmentRequests(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<AssessmentRequest> slice = page.slice(requests.mine(page), AssessmentRequests::cursorOf);
        return slice.connection(requestViews(slice.items()), AssessmentRequestConnection.AssessmentRequestEdge::new, AssessmentRequestConnection::new);
    }

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Transactional
    @Description("Why an assessment has (or would have) its rating: each indicator's score and weight, each theme's score, and which caps apply.")
    public BreakdownView ratingBreakdown(@NonNull @Id @Description("Assessment id.") String assessmentId) {
        Assessment a = access.visible(Ids.parse("assessmentId", assessmentId));
        return BreakdownView.of(a.id, publication.scoreCard(a, publication.openCriticalFindings(a.id)));
    }

    @Query
    @Allow(Role.SUPPLIER)
    @Transactional
    @Description("The calling supplier's own status: not assessed, in progress, rated, expiring (within 60 days) or expired.")
    public SupplierStatusView mySupplierStatus() {
        return SupplierStatusView.of(caller.organisationId(), statuses.of(caller.organisationId()));
    }

    @Query
    @Allow(Role.SUPPLIER)
    @Transactional
    @Description("Certificates the calling supplier has recorded.")
    public List<@NonNull CertificateView> myCertificates() {
        return certificates.ofSupplier(caller.organisationId()).stream().map(CertificateView::of).toList();
    }

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Transactional
    @Description("Codes of the indicators asked in an assessment: those applicable to the supplier's or site's stages, minerals and CAHRA status.")
    public List<@NonNull String> applicableIndicators(@NonNull @Id @Description("Assessment id.") String assessmentId) {
        Assessment a = access.visible(Ids.parse("assessmentId", assessmentId));
        return new ArrayList<>(answering.applicable(a).keySet());
    }

    // ---------- fields resolved for a whole list at once (no N+1) ----------

    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Transactional
    @Description("Answers given so far.")
    public List<List<@NonNull AnswerView>> answers(@Source List<AssessmentView> assessments) {
        List<UUID> ids = assessments.stream().map(v -> UUID.fromString(v.id())).toList();
        Map<UUID, List<AnswerView>> byAssessment = em.createQuery(
                        "from AssessmentAnswer x where x.key.assessmentId in :ids order by x.key.indicatorCode", AssessmentAnswer.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(x -> x.key.assessmentId, Collectors.mapping(AnswerView::of, Collectors.toList())));
        return ids.stream().map(id -> byAssessment.getOrDefault(id, List.of())).toList();
    }

    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Transactional
    @Description("Findings raised.")
    public List<List<@NonNull FindingView>> findings(@Source List<AssessmentView> assessments) {
        List<UUID> ids = assessments.stream().map(v -> UUID.fromString(v.id())).toList();
        Map<UUID, List<FindingView>> byAssessment = answering.findings(ids).stream()
                .collect(Collectors.groupingBy(f -> f.assessmentId, Collectors.mapping(FindingView::of, Collectors.toList())));
        return ids.stream().map(id -> byAssessment.getOrDefault(id, List.of())).toList();
    }

    // ---------------- mutations ----------------

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Ask for a supplier (optionally one site) to be assessed on the current framework version by at least the given method. "
            + "Assess once, share many: an existing published, valid assessment of sufficient method is reused (and the supplier asked to share it), "
            + "an open one is joined, and only otherwise is a new assessment created.")
    public AssessmentRequestPayload requestAssessment(@NonNull @Description("What to assess.") RequestAssessmentInput input) {
        AssessmentRequests.Result r = requests.request(Ids.parseInput("input.supplierId", input.supplierId),
                Ids.parseInput("input.siteId", input.siteId), input.minimumMethod);
        return new AssessmentRequestPayload(requestViews(List.of(r.request())).get(0),
                r.sharingRequestId() == null ? null : r.sharingRequestId().toString());
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Assign an assessment to an accredited, independent assessment body — the one named, or (when omitted) the eligible body "
            + "with the fewest open assignments. Refused with NOT_ACCREDITED, CONFLICT_OF_INTEREST, BODY_SUSPENDED or ROTATION.")
    public AssessmentPayload assignAssessment(@NonNull @Description("Which assessment, and optionally which body.") AssignAssessmentInput input) {
        return new AssessmentPayload(views(List.of(assignment.assign(Ids.parseInput("input.assessmentId", input.assessmentId),
                Ids.parseInput("input.assessmentBodyId", input.assessmentBodyId)))).get(0));
    }

    @Mutation
    @Allow({Role.SUPPLIER, Role.ASSESSOR})
    @Description("Save answers (drafts, as you go). Self-assessments: the supplier; other methods: the assigned assessor. "
            + "Every answer is validated against its indicator; nothing is saved when any answer is invalid.")
    public AssessmentPayload saveAnswers(@NonNull @Description("Answers to save.") SaveAnswersInput input) {
        return new AssessmentPayload(views(List.of(answering.saveAnswers(Ids.parseInput("input.assessmentId", input.assessmentId), input.answers))).get(0));
    }

    @Mutation
    @Allow(Role.ASSESSOR)
    @Description("Raise a finding (non-conformity or observation) linked to indicators. Assigned assessor only.")
    public FindingPayload raiseFinding(@NonNull @Description("The finding.") RaiseFindingInput input) {
        return new FindingPayload(FindingView.of(answering.raiseFinding(Ids.parseInput("input.assessmentId", input.assessmentId),
                input.severity, input.title, input.description, input.indicatorCodes, input.evidenceDocumentIds)));
    }

    @Mutation
    @Allow({Role.SUPPLIER, Role.ASSESSOR})
    @Description("Submit the answers. Refused, listing every missing one, unless each applicable essential indicator is answered "
            + "or marked not applicable with a justification. Retrying with the same idempotency key returns the first result.")
    public AssessmentPayload submitAssessment(@NonNull @Description("What to submit.") TransitionInput input) {
        return idempotent("submitAssessment", input, id -> answering.submit(id));
    }

    @Mutation
    @Allow(Role.ASSESSOR)
    @Description("Publish a submitted assessment: it is scored, rated, given its validity and becomes immutable; an assessment it corrects becomes superseded. "
            + "Assigned assessor only. Retrying with the same idempotency key returns the first result.")
    public AssessmentPayload publishAssessment(@NonNull @Description("What to publish.") TransitionInput input) {
        return idempotent("publishAssessment", input, id -> publication.publish(id));
    }

    @Mutation
    @Allow({Role.OPERATOR, Role.ASSESSOR})
    @Description("Start a correction of a published assessment: a new assessment, assigned to the same body, pre-filled with the answers, "
            + "that supersedes it when published. The published one never changes.")
    public AssessmentPayload correctAssessment(@NonNull @Description("Which assessment.") AssessmentRefInput input) {
        return new AssessmentPayload(views(List.of(publication.startCorrection(Ids.parseInput("input.assessmentId", input.assessmentId)))).get(0));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Record a certificate the calling supplier holds (scheme, number, issuer, validity, document).")
    public CertificatePayload recordCertificate(@NonNull @Description("The certificate.") RecordCertificateInput input) {
        return new CertificatePayload(CertificateView.of(certificates.record(new Certificates.NewCertificate(input.schemeCode,
                input.number, input.issuer, input.validFrom, input.validUntil, Ids.parseInput("input.documentId", input.documentId)))));
    }

    @Mutation
    @Allow(Role.ASSESSOR)
    @Description("Verify (or reject) a supplier's certificate in a certificate-recognition assessment. A verified, valid certificate answers "
            + "the indicators its scheme maps to in the assessment's framework version.")
    public AssessmentPayload verifyCertificate(@NonNull @Description("Which certificate, and the verdict.") VerifyCertificateInput input) {
        return new AssessmentPayload(views(List.of(certificates.verify(Ids.parseInput("input.assessmentId", input.assessmentId),
                Ids.parseInput("input.certificateId", input.certificateId), input.accept))).get(0));
    }

    // ---------------- mapping ----------------

    private AssessmentPayload idempotent(String operation, TransitionInput input, Function<UUID, Assessment> action) {
        UUID id = Ids.parseInput("input.assessmentId", input.assessmentId);
        String digest = auditTrail.digest(input.assessmentId);
        var prior = idempotency.replay(caller.organisationId(), operation, input.idempotencyKey, digest);
        if (prior.isPresent()) {
            AssessmentPayload replay = new AssessmentPayload(views(List.of(access.visible(prior.get()))).get(0));
            replay.markReplay();
            return replay;
        }
        Assessment a = action.apply(id);
        idempotency.remember(caller.organisationId(), operation, input.idempotencyKey, digest, a.id);
        return new AssessmentPayload(views(List.of(a)).get(0));
    }

    List<AssessmentView> views(List<Assessment> list) {
        Set<UUID> versions = new HashSet<>();
        for (Assessment a : list) {
            versions.add(a.versionId);
        }
        Map<UUID, String> labels = versions.isEmpty() ? Map.of() : em.createQuery("from FrameworkVersion v where v.id in :ids", FrameworkVersion.class)
                .setParameter("ids", versions).getResultList().stream().collect(Collectors.toMap(v -> v.id, FrameworkVersion::label));
        return list.stream().map(a -> AssessmentView.of(a, labels.get(a.versionId))).toList();
    }

    private List<RequestView> requestViews(List<AssessmentRequest> list) {
        Set<UUID> ids = list.stream().map(r -> r.assessmentId).collect(Collectors.toSet());
        Map<UUID, Assessment> assessments = ids.isEmpty() ? Map.of() : em.createQuery("from Assessment a where a.id in :ids", Assessment.class)
                .setParameter("ids", ids).getResultList().stream().collect(Collectors.toMap(a -> a.id, a -> a));
        Map<UUID, String> names = names(list.stream().map(r -> r.supplierId).collect(Collectors.toSet()));
        return list.stream().map(r -> {
            Assessment a = assessments.get(r.assessmentId);
            return new RequestView(r.id.toString(), new OrganisationRef(r.supplierId.toString(), names.get(r.supplierId)),
                    AssessmentViews.str(r.siteId), r.minimumMethod, r.outcome, r.assessmentId.toString(), a.method, a.status, r.requestedAt);
        }).toList();
    }

    private Map<UUID, String> names(Collection<UUID> ids) {
        return organisationNames.of(ids);
    }

    // ---------------- inputs and payloads ----------------

    @Name("RequestAssessmentInput")
    @Description("An assessment request.")
    public static class RequestAssessmentInput {
        @NonNull @Id @Description("The supplier organisation to assess.") public String supplierId;
        @Id @Description("One of its sites; omit for the whole supplier.") public String siteId;
        @NonNull @Description("Weakest method you accept (SELF_ASSESSMENT < CERTIFICATE_RECOGNITION < DESK_REVIEW < ON_SITE_AUDIT).") public AssessmentMethod minimumMethod;
    }

    @Name("AssignAssessmentInput")
    @Description("An assignment.")
    public static class AssignAssessmentInput {
        @NonNull @Id @Description("The assessment.") public String assessmentId;
        @Id @Description("The assessment body; omit to let the platform choose an eligible one.") public String assessmentBodyId;
    }

    @Name("SaveAnswersInput")
    @Description("Answers to save on an open assessment.")
    public static class SaveAnswersInput {
        @NonNull @Id @Description("The assessment.") public String assessmentId;
        @NonNull @Description("Up to 500 answers; each replaces any earlier answer to the same indicator.") public List<@NonNull AnswerInput> answers;
    }

    @Name("RaiseFindingInput")
    @Description("A finding.")
    public static class RaiseFindingInput {
        @NonNull @Id @Description("The assessment.") public String assessmentId;
        @NonNull @Description("How serious it is.") public Severity severity;
        @NonNull @Description("Short title (up to 300 characters).") public String title;
        @NonNull @Description("What was found.") public String description;
        @NonNull @Description("Codes of the indicators it concerns.") public List<@NonNull String> indicatorCodes;
        @Description("Supporting documents.") public List<@NonNull String> evidenceDocumentIds;
    }

    @Name("AssessmentTransitionInput")
    @Description("Submit or publish an assessment.")
    public static class TransitionInput {
        @NonNull @Id @Description("The assessment.") public String assessmentId;
        @Description("Optional key: a retry with the same key returns the first result instead of failing or acting twice.") public String idempotencyKey;
    }

    @Name("AssessmentRefInput")
    @Description("Refers to one assessment.")
    public static class AssessmentRefInput {
        @NonNull @Id @Description("The assessment.") public String assessmentId;
    }

    @Name("RecordCertificateInput")
    @Description("A certificate to record.")
    public static class RecordCertificateInput {
        @NonNull @Description("Recognised scheme code, e.g. ISO_14001, ISO_45001, RMI_RMAP.") public String schemeCode;
        @NonNull @Description("Certificate number.") public String number;
        @NonNull @Description("Issuing (certification) body.") public String issuer;
        @NonNull @Description("First day of validity.") public LocalDate validFrom;
        @NonNull @Description("Last day of validity.") public LocalDate validUntil;
        @Id @Description("The uploaded certificate document.") public String documentId;
    }

    @Name("VerifyCertificateInput")
    @Description("An assessor's verdict on a certificate.")
    public static class VerifyCertificateInput {
        @NonNull @Id @Description("The certificate-recognition assessment.") public String assessmentId;
        @NonNull @Id @Description("The supplier's certificate.") public String certificateId;
        @Description("True to verify, false to reject.") public boolean accept;
    }

    @Description("A page of assessments.")
    public record AssessmentConnection(@NonNull @Description("The assessments of this page, each with its cursor.") List<@NonNull AssessmentEdge> edges,
            @NonNull @Description("The assessments of this page.") List<@NonNull AssessmentView> nodes,
                                       @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of assessments, with its cursor.")
        public record AssessmentEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") AssessmentView node) {
        }
    }

    @Description("A page of assessment requests.")
    public record AssessmentRequestConnection(@NonNull @Description("The requests of this page, each with its cursor.") List<@NonNull AssessmentRequestEdge> edges,
            @NonNull @Description("The requests of this page.") List<@NonNull RequestView> nodes,
                                              @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of assessment requests, with its cursor.")
        public record AssessmentRequestEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") RequestView node) {
        }
    }

    @Description("Result of an assessment request.")
    public static class AssessmentRequestPayload extends MutationPayload {
        private RequestView request;
        private String sharingRequestId;

        public AssessmentRequestPayload() {
        }

        AssessmentRequestPayload(RequestView request, String sharingRequestId) {
            this.request = request;
            this.sharingRequestId = sharingRequestId;
        }

        @Description("The request and what the rule decided; null when there are user errors.")
        public RequestView getRequest() {
            return request;
        }

        @Id
        @Description("When an existing assessment satisfied the request: the sharing request sent to the supplier.")
        public String getSharingRequestId() {
            return sharingRequestId;
        }

        @Override
        public List<String> auditTargetIds() {
            return request == null ? List.of() : List.of(request.id(), request.assessmentId());
        }
    }

    @Description("Result of a change to an assessment.")
    public static class AssessmentPayload extends MutationPayload {
        private AssessmentView assessment;

        public AssessmentPayload() {
        }

        AssessmentPayload(AssessmentView assessment) {
            this.assessment = assessment;
        }

        @Description("The assessment after the change; null when there are user errors.")
        public AssessmentView getAssessment() {
            return assessment;
        }

        @Override
        public List<String> auditTargetIds() {
            return assessment == null ? List.of() : List.of(assessment.id());
        }
    }

    @Description("Result of raising a finding.")
    public static class FindingPayload extends MutationPayload {
        private FindingView finding;

        public FindingPayload() {
        }

        FindingPayload(FindingView finding) {
            this.finding = finding;
        }

        @Description("The finding; null when there are user errors.")
        public FindingView getFinding() {
            return finding;
        }

        @Override
        public List<String> auditTargetIds() {
            return finding == null ? List.of() : List.of(finding.id(), finding.assessmentId());
        }
    }

    @Description("Result of recording a certificate.")
    public static class CertificatePayload extends MutationPayload {
        private CertificateView certificate;

        public CertificatePayload() {
        }

        CertificatePayload(CertificateView certificate) {
            this.certificate = certificate;
        }

        @Description("The certificate; null when there are user errors.")
        public CertificateView getCertificate() {
            return certificate;
        }

        @Override
        public List<String> auditTargetIds() {
            return certificate == null ? List.of() : List.of(certificate.id());
        }
    }
}
