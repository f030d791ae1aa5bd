package org.assay.accreditation.api;

import org.assay.accreditation.AccreditationErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of an accreditation or conflict-of-interest mutation. */
@Description("A problem with the input of an accreditation or conflict-of-interest mutation. When a payload has user errors, nothing was written.")
public record AccreditationUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"validUntil\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") AccreditationErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<AccreditationUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new AccreditationUserError(e.path(), e.code().as(AccreditationErrorCode.class), e.message())).toList();
    }
}
