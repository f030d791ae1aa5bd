package org.assay.framework.governance.api;

import org.assay.framework.governance.GovernanceErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a governance mutation. */
@Description("A problem with the input of a governance mutation (a change proposal, a vote, the thresholds). When a payload has user errors, nothing was written.")
public record GovernanceUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"votingClosesAt\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") GovernanceErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<GovernanceUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new GovernanceUserError(e.path(), e.code().as(GovernanceErrorCode.class), e.message())).toList();
    }
}
