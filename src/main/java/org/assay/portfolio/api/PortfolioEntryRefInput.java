package org.assay.portfolio.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Refers to one entry of the caller's portfolio. */
@Name("PortfolioEntryRefInput")
@Description("Refers to one entry of the caller's portfolio.")
public class PortfolioEntryRefInput {
    @NonNull @Id @Description("Entry id (its global id; the raw id `PortfolioSupplier.entryId` gives is accepted too, deprecated).")
    public String entryId;
}
