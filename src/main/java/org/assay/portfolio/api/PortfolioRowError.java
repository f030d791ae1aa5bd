package org.assay.portfolio.api;

import org.assay.portfolio.PortfolioErrorCode;
import org.assay.portfolio.PortfolioRows;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Why one row of a bulk addition was not added. */
@Description("Why one row of a bulk addition was not added. The other rows are not affected.")
public record PortfolioRowError(
        @Description("0-based index of the row in `input.rows`.") int row,
        @Description("Field of the row at fault (`supplierId`, `internalId`, `category`); null when the whole row is at fault.") String field,
        @NonNull @Description("Why, as a stable code.") PortfolioErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) {

    static PortfolioRowError of(PortfolioRows.RowError e) {
        return new PortfolioRowError(e.row(), e.field(), e.code(), e.message());
    }
}
