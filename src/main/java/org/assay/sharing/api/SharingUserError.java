package org.assay.sharing.api;

import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.assay.sharing.SharingErrorCode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a sharing mutation. */
@Description("A problem with the input of a sharing mutation (grants and sharing requests). When a payload has user errors, nothing was written.")
public record SharingUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"validUntil\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") SharingErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<SharingUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new SharingUserError(e.path(), e.code().as(SharingErrorCode.class), e.message())).toList();
    }
}
