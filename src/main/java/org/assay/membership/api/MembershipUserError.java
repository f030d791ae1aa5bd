package org.assay.membership.api;

import org.assay.membership.MembershipErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a mutation on people. */
@Description("A problem with the input of a mutation on people. When a payload has user errors, nothing was written.")
public record MembershipUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"subject\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") MembershipErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<MembershipUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new MembershipUserError(e.path(), e.code().as(MembershipErrorCode.class), e.message())).toList();
    }
}
