package org.assay.portfolio.api;

import jakarta.inject.Inject;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.assay.portfolio.PortfolioRows;
import org.assay.portfolio.PortfolioService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Changes to the caller's own portfolio. Thin: maps inputs, calls {@link PortfolioService}. Members only. */
@GraphQLApi
public class PortfolioMutations {

    @Inject
    PortfolioService service;

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Add an active supplier to the caller's portfolio, with the caller's own tags. A supplier already in the "
            + "portfolio is refused with `ALREADY_IN_PORTFOLIO` (use `updatePortfolioEntry` to change its tags). Members only.")
    public PortfolioEntryPayload addToPortfolio(@NonNull @Description("The supplier and its tags.") PortfolioRowInput input) {
        return PortfolioEntryPayload.of(service.add(input.row()));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Add up to 1,000 suppliers to the caller's portfolio at once. Valid rows are added; every invalid row is "
            + "reported in `rowErrors` with its index and why, and is not added (a supplier already in the portfolio is the "
            + "row error `ALREADY_IN_PORTFOLIO`: its tags are not changed). `userErrors` are kept for problems with the whole "
            + "input (no rows, more than 1,000): then nothing is added. Members only.")
    public PortfolioBulkPayload addToPortfolioBulk(@NonNull @Description("The rows to add.") AddToPortfolioBulkInput input) {
        return PortfolioBulkPayload.of(service.addBulk(
                input.rows == null ? null : input.rows.stream().map(r -> r == null ? null : r.row()).toList()));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Replace the tags of an entry of the caller's portfolio: a tag not given is cleared. Members only.")
    public PortfolioEntryPayload updatePortfolioEntry(@NonNull @Description("The entry and its new tags.") UpdatePortfolioEntryInput input) {
        return PortfolioEntryPayload.of(service.update(PortfolioEntryView.TYPE.parseInput("input.entryId", input.entryId),
                PortfolioRows.Tags.of(input.internalId, input.category, input.spendBand)));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Remove a supplier from the caller's portfolio. Members only.")
    public PortfolioEntryPayload removeFromPortfolio(@NonNull @Description("Which entry.") PortfolioEntryRefInput input) {
        return PortfolioEntryPayload.of(service.remove(PortfolioEntryView.TYPE.parseInput("input.entryId", input.entryId)));
    }
}
