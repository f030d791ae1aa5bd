package org.assay.assessment.dispute.api;

import org.assay.assessment.api.FindingView;
import org.assay.assessment.dispute.FindingDispute;
import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The result of disputing a finding or deciding a dispute. */
@Description("Result of disputing a finding or deciding a dispute.")
public record DisputePayload(
        @Description("The dispute after the change; null when there are user errors.") FindingDisputeView dispute,
        @Description("The finding disputed (its `dispute` field shows the same dispute); null when there are user errors.") FindingView finding,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull DisputeUserError> userErrors,
        @Ignore UUID target, @Ignore UUID findingTarget) implements Payload {

    static DisputePayload of(FindingDispute d, FindingView finding) {
        return new DisputePayload(FindingDisputeView.of(d), finding, List.of(), d.id, d.findingId);
    }

    public static DisputePayload failed(List<UserError> errors) {
        return new DisputePayload(null, null, DisputeUserError.of(errors), null, null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString(), findingTarget.toString());
    }
}
