package org.assay.assessment.api;

import jakarta.inject.Inject;
import org.assay.assessment.Answering;
import org.assay.assessment.Assessment;
import org.assay.assessment.AssessmentAccess;
import org.assay.assessment.AssessmentRequests;
import org.assay.assessment.Assignment;
import org.assay.assessment.Idempotency;
import org.assay.assessment.Publication;
import org.assay.audit.AuditTrail;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Mutations of the assessment lifecycle: request, assignment, answers, findings, submission, publication, correction. */
@GraphQLApi
public class AssessmentMutations {

    @Inject Caller caller;
    @Inject AssessmentRequests requests;
    @Inject AssessmentAccess access;
    @Inject Answering answering;
    @Inject Publication publication;
    @Inject Assignment assignment;
    @Inject Idempotency idempotency;
    @Inject AuditTrail auditTrail;
    @Inject AssessmentReferences references;

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Ask for a supplier (optionally one site) to be assessed on the current framework version by at least the given method. "
            + "Assess once, share many: an existing published, valid assessment of sufficient method is reused (and the supplier asked to share it), "
            + "an open one is joined, and only otherwise is a new assessment created.")
    public AssessmentRequestPayload requestAssessment(@NonNull @Description("What to assess.") RequestAssessmentInput input) {
        AssessmentRequests.Result r = requests.request(Ids.parseInput("input.supplierId", input.supplierId),
                Ids.parseInput("input.siteId", input.siteId), input.minimumMethod);
        return AssessmentRequestPayload.of(references.requestViews(List.of(r.request())).get(0), r.sharingRequestId());
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Assign an assessment to an accredited, independent assessment body — the one named, or (when omitted) the eligible body "
            + "with the fewest open assignments. Refused with NOT_ACCREDITED, CONFLICT_OF_INTEREST, BODY_SUSPENDED or ROTATION.")
    public AssessmentPayload assignAssessment(@NonNull @Description("Which assessment, and optionally which body.") AssignAssessmentInput input) {
        return payload(assignment.assign(assessmentId(input.assessmentId), Ids.parseInput("input.assessmentBodyId", input.assessmentBodyId)));
    }

    @Mutation
    @Allow({Role.SUPPLIER, Role.ASSESSOR})
    @Description("Save answers (drafts, as you go). Self-assessments: the supplier; other methods: the assigned assessor. "
            + "Every answer is validated against its indicator; nothing is saved when any answer is invalid.")
    public AssessmentPayload saveAnswers(@NonNull @Description("Answers to save.") SaveAnswersInput input) {
        return payload(answering.saveAnswers(assessmentId(input.assessmentId), input.answers));
    }

    @Mutation
    @Allow(Role.ASSESSOR)
    @Description("Raise a finding (non-conformity or observation) linked to indicators. Assigned assessor only.")
    public FindingPayload raiseFinding(@NonNull @Description("The finding.") RaiseFindingInput input) {
        return FindingPayload.of(FindingView.of(answering.raiseFinding(assessmentId(input.assessmentId),
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
        return payload(publication.startCorrection(assessmentId(input.assessmentId)));
    }

    static UUID assessmentId(String id) {
        return AssessmentView.TYPE.parseInput("input.assessmentId", id);
    }

    private AssessmentPayload payload(Assessment a) {
        return AssessmentPayload.of(references.views(List.of(a)).get(0));
    }

    /** A retry with the same key (and the same assessment, however its id is written) returns the first result, unaudited. */
    private AssessmentPayload idempotent(String operation, TransitionInput input, Function<UUID, Assessment> action) {
        UUID id = assessmentId(input.assessmentId);
        String digest = auditTrail.digest(id == null ? input.assessmentId : id.toString());
        var prior = idempotency.replay(caller.organisationId(), operation, input.idempotencyKey, digest);
        if (prior.isPresent()) {
            return AssessmentPayload.replayOf(references.views(List.of(access.visible(prior.get()))).get(0));
        }
        Assessment a = action.apply(id);
        idempotency.remember(caller.organisationId(), operation, input.idempotencyKey, digest, a.id);
        return payload(a);
    }
}
