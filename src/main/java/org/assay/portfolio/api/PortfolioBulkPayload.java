package org.assay.portfolio.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.assay.portfolio.PortfolioService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** Result of a bulk addition to the portfolio. */
@Description("Result of a bulk addition to the portfolio. Valid rows are added even when other rows have `rowErrors`; "
        + "`userErrors` are problems with the whole input, and then nothing is added.")
public record PortfolioBulkPayload(
        @Description("The entries added, in row order; null when there are user errors.") List<@NonNull PortfolioEntryView> added,
        @Description("Number of rows added; null when there are user errors.") Integer addedCount,
        @Description("Rows not added, with why; empty when every row was added; null when there are user errors.")
        List<@NonNull PortfolioRowError> rowErrors,
        @NonNull @Description("Problems with the whole input (no rows, more than 1,000). Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull PortfolioUserError> userErrors,
        @Ignore List<UUID> targets) implements Payload {

    static PortfolioBulkPayload of(PortfolioService.BulkResult result) {
        return new PortfolioBulkPayload(result.added().stream().map(PortfolioEntryView::of).toList(), result.added().size(),
                result.rowErrors().stream().map(PortfolioRowError::of).toList(), List.of(),
                result.added().stream().map(l -> l.entry().id).toList());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): nothing added, the errors. */
    public static PortfolioBulkPayload failed(List<UserError> errors) {
        return new PortfolioBulkPayload(null, null, null, PortfolioUserError.of(errors), List.of());
    }

    @Override
    public List<String> auditTargetIds() {
        return targets.stream().map(UUID::toString).toList();
    }
}
