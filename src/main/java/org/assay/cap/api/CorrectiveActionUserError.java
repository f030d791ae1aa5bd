package org.assay.cap.api;

import org.assay.cap.CorrectiveActionErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a corrective-action mutation. */
@Description("A problem with the input of a corrective-action mutation. When a payload has user errors, nothing was written.")
public record CorrectiveActionUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"dueDate\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") CorrectiveActionErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<CorrectiveActionUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new CorrectiveActionUserError(e.path(), e.code().as(CorrectiveActionErrorCode.class), e.message())).toList();
    }
}
