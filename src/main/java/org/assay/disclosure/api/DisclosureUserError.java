package org.assay.disclosure.api;

import org.assay.disclosure.DisclosureErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a disclosure mutation. */
@Description("A problem with the input of a public-disclosure mutation. When a payload has user errors, nothing was written.")
public record DisclosureUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"slug\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") DisclosureErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<DisclosureUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new DisclosureUserError(e.path(), e.code().as(DisclosureErrorCode.class), e.message())).toList();
    }
}
