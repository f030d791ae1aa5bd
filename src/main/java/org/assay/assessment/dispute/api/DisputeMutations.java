package org.assay.assessment.dispute.api;

import jakarta.inject.Inject;
import org.assay.assessment.api.FindingView;
import org.assay.assessment.dispute.Disputes;
import org.assay.assessment.dispute.FindingDispute;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Disputing a finding (the supplier) and deciding the dispute (the assessment body that performed the assessment). */
@GraphQLApi
public class DisputeMutations {

    @Inject
    Disputes disputes;

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Dispute a finding of your published assessment, with a reason and optional evidence documents, within the dispute window "
            + "(assay.disputes.window after publication, 30 days by default). One dispute per finding. A finding of another organisation's "
            + "assessment is NOT_FOUND, like an unknown id.")
    public DisputePayload disputeFinding(@NonNull @Description("The dispute.") DisputeFindingInput input) {
        UUID finding = Ids.parseInput("input.findingId", input.findingId);
        List<UUID> evidence = new ArrayList<>();
        List<String> given = input.evidenceDocumentIds == null ? List.of() : input.evidenceDocumentIds;
        for (int i = 0; i < given.size(); i++) {
            evidence.add(Ids.parseInput("input.evidenceDocumentIds." + i, given.get(i)));
        }
        return payload(disputes.dispute(finding, input.reason, evidence));
    }

    @Mutation
    @Allow(Role.ASSESSOR)
    @Description("Uphold or withdraw a disputed finding, with a reason. Only the assessment body that performed the assessment; another "
            + "body's finding is NOT_FOUND. A withdrawal is final: the finding stops counting toward the current rating and its corrective "
            + "action is withdrawn; the published assessment never changes.")
    public DisputePayload decideDispute(@NonNull @Description("The decision.") DecideDisputeInput input) {
        return payload(disputes.decide(Ids.parseInput("input.findingId", input.findingId), input.decision, input.reason));
    }

    private DisputePayload payload(FindingDispute d) {
        return DisputePayload.of(d, FindingView.of(disputes.finding(d)));
    }
}
