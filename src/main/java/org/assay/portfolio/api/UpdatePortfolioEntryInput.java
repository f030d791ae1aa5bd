package org.assay.portfolio.api;

import org.assay.portfolio.SpendBand;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** New tags for an entry. */
@Name("UpdatePortfolioEntryInput")
@Description("New tags for an entry; they replace the old ones (a tag not given is cleared).")
public class UpdatePortfolioEntryInput {
    @NonNull @Id @Description("Entry to change (its global id; the raw id `PortfolioSupplier.entryId` gives is accepted too, deprecated).")
    public String entryId;
    @Description("The member's own reference for the supplier, up to 64 characters, unique within the portfolio.")
    public String internalId;
    @Description("The member's own category, up to 100 characters.")
    public String category;
    @Description("How much the member spends with the supplier per year.")
    public SpendBand spendBand;
}
