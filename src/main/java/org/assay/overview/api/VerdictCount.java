package org.assay.overview.api;

import org.assay.overview.RequirementVerdict;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Suppliers with one verdict. */
@Name("PortfolioVerdictCount")
@Description("Suppliers with one verdict against your requirement profile.")
public record VerdictCount(@NonNull @Description("The verdict.") RequirementVerdict verdict,
                           @Description("How many suppliers.") int suppliers) {
}
