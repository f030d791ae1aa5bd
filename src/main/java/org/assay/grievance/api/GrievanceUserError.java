package org.assay.grievance.api;

import org.assay.grievance.GrievanceErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a grievance mutation. */
@Description("A problem with the input of a grievance mutation. When a payload has user errors, nothing was written.")
public record GrievanceUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"description\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") GrievanceErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<GrievanceUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new GrievanceUserError(e.path(), e.code().as(GrievanceErrorCode.class), e.message())).toList();
    }
}
