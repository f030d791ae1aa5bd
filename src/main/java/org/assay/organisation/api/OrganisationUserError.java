package org.assay.organisation.api;

import org.assay.organisation.OrganisationErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of an organisation mutation. */
@Description("A problem with the input of an organisation mutation. When a payload has user errors, nothing was written.")
public record OrganisationUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"identifiers\", \"lei\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") OrganisationErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<OrganisationUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new OrganisationUserError(e.path(), e.code().as(OrganisationErrorCode.class), e.message())).toList();
    }
}
