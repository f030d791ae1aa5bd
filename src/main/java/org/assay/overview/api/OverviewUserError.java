package org.assay.overview.api;

import org.assay.overview.OverviewErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a requirement-profile mutation. */
@Description("A problem with the input of a requirement-profile mutation. When a payload has user errors, nothing was written.")
public record OverviewUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"minDaysValid\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") OverviewErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<OverviewUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new OverviewUserError(e.path(), e.code().as(OverviewErrorCode.class), e.message())).toList();
    }
}
