package org.assay.portfolio.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An item of a page of the caller's portfolio, with its cursor. */
@Description("An item of a page of the caller's portfolio, with its cursor.")
public record PortfolioEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                            @NonNull @Description("The item.") PortfolioEntryView node) {
}
