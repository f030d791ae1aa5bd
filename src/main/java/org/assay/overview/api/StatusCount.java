package org.assay.overview.api;

import org.assay.overview.PortfolioSupplierStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Suppliers of one status. */
@Name("PortfolioStatusCount")
@Description("Suppliers of one status.")
public record StatusCount(@NonNull @Description("The status.") PortfolioSupplierStatus status,
                          @Description("How many suppliers.") int suppliers) {
}
