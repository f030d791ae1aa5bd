package org.assay.assessment.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Result of raising a finding. */
@Description("Result of raising a finding.")
public record FindingPayload(
        @Description("The finding; null when there are user errors.") FindingView finding,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull AssessmentUserError> userErrors) implements Payload {

    static FindingPayload of(FindingView finding) {
        return new FindingPayload(finding, List.of());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no finding, the errors. */
    public static FindingPayload failed(List<UserError> errors) {
        return new FindingPayload(null, AssessmentUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return finding == null ? List.of() : List.of(finding.id(), finding.assessmentId());
    }
}
