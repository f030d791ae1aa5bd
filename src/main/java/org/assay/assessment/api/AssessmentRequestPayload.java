package org.assay.assessment.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Result of an assessment request. */
@Description("Result of an assessment request.")
public record AssessmentRequestPayload(
        @Description("The request and what the rule decided; null when there are user errors.") AssessmentRequestView request,
        @Id @Description("When an existing assessment satisfied the request: the sharing request sent to the supplier.") String sharingRequestId,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull AssessmentUserError> userErrors) implements Payload {

    static AssessmentRequestPayload of(AssessmentRequestView request, String sharingRequestId) {
        return new AssessmentRequestPayload(request, sharingRequestId, List.of());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no request, the errors. */
    public static AssessmentRequestPayload failed(List<UserError> errors) {
        return new AssessmentRequestPayload(null, null, AssessmentUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return request == null ? List.of() : List.of(request.key().toString(), request.assessmentKey().toString());
    }
}
