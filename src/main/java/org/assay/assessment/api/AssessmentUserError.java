package org.assay.assessment.api;

import org.assay.assessment.AssessmentErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of an assessment mutation. */
@Description("A problem with the input of an assessment mutation. When a payload has user errors, nothing was written.")
public record AssessmentUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"answers\", \"0\", \"number\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") AssessmentErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<AssessmentUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new AssessmentUserError(e.path(), e.code().as(AssessmentErrorCode.class), e.message())).toList();
    }
}
