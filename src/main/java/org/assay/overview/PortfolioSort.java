package org.assay.overview;

import org.eclipse.microprofile.graphql.Description;

/**
 * Orders of the portfolio list. Every order ends with supplier name then supplier id, so paging is stable; suppliers
 * without the sorted value (NOT_SHARED, nothing published) come last.
 */
@Description("Order of the portfolio list. Ties are broken by supplier name, then supplier id; suppliers without the sorted value "
        + "(NOT_SHARED, nothing published) come last.")
public enum PortfolioSort {
    @Description("Supplier name, A to Z (case-insensitive).") NAME,
    @Description("Current rating, AAA first.") RATING_BEST_FIRST,
    @Description("Current rating, C first.") RATING_WORST_FIRST,
    @Description("Last day of validity of the latest published assessment, earliest first (expired ones first).") VALID_UNTIL_SOONEST_FIRST,
    @Description("Last day of validity of the latest published assessment, latest first.") VALID_UNTIL_LATEST_FIRST,
    @Description("Number of overdue corrective actions (all severities), most first.") OVERDUE_MOST_FIRST
}
