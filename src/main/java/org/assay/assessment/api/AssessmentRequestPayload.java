package org.assay.assessment.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/**
 * Result of an assessment request; {@code sharingRequest} is resolved by the sharing feature, which owns sharing requests
 * ({@code sharing.api.SharingRequestLinks}), from {@link #sharingRequestKey}.
 */
@Description("Result of an assessment request.")
public record AssessmentRequestPayload(
        @Description("The request and what the rule decided; null when there are user errors.") AssessmentRequestView request,
        @Id @Deprecated(reason = "Use `sharingRequest` instead.")
        @Description("The raw id of the sharing request sent to the supplier when an existing assessment satisfied the request (deprecated: `sharingRequest`).")
        String sharingRequestId,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull AssessmentUserError> userErrors,
        @Ignore UUID sharingRequestKey) implements Payload {

    static AssessmentRequestPayload of(AssessmentRequestView request, UUID sharingRequestKey) {
        return new AssessmentRequestPayload(request, sharingRequestKey == null ? null : sharingRequestKey.toString(), List.of(), sharingRequestKey);
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no request, the errors. */
    public static AssessmentRequestPayload failed(List<UserError> errors) {
        return new AssessmentRequestPayload(null, null, AssessmentUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return request == null ? List.of() : List.of(request.key().toString(), request.assessmentKey().toString());
    }
}
