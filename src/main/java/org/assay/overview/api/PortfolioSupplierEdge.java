package org.assay.overview.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An item of a page of the portfolio overview list, with its cursor. */
@Description("An item of a page of your portfolio, with its cursor.")
public record PortfolioSupplierEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                                    @NonNull @Description("The item.") PortfolioSupplierView node) {
}
