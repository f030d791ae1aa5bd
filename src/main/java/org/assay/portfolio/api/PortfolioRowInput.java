package org.assay.portfolio.api;

import org.assay.portfolio.PortfolioRows;
import org.assay.portfolio.SpendBand;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A supplier to add to the portfolio. */
@Name("PortfolioRowInput")
@Description("A supplier to add to the portfolio, with the member's own tags.")
public class PortfolioRowInput {
    @NonNull @Id @Description("Id of an active supplier organisation (see `supplierDirectory`).")
    public String supplierId;
    @Description("The member's own reference for the supplier, up to 64 characters, unique within the portfolio.")
    public String internalId;
    @Description("The member's own category, up to 100 characters.")
    public String category;
    @Description("How much the member spends with the supplier per year.")
    public SpendBand spendBand;

    PortfolioRows.Row row() {
        return new PortfolioRows.Row(supplierId, internalId, category, spendBand);
    }
}
