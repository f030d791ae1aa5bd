package org.assay.assessment.dispute.api;

import org.assay.assessment.dispute.DisputeErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a dispute mutation. */
@Description("A problem with the input of a finding-dispute mutation. When a payload has user errors, nothing was written.")
public record DisputeUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"reason\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") DisputeErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<DisputeUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new DisputeUserError(e.path(), e.code().as(DisputeErrorCode.class), e.message())).toList();
    }
}
