package org.assay.portfolio.api;

import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.assay.portfolio.PortfolioErrorCode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a portfolio mutation. */
@Description("A problem with the input of a portfolio mutation. When a payload has user errors, nothing was written.")
public record PortfolioUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"internalId\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") PortfolioErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<PortfolioUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new PortfolioUserError(e.path(), e.code().as(PortfolioErrorCode.class), e.message())).toList();
    }
}
