package org.assay.overview.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of the member's portfolio overview list. */
@Name("PortfolioSupplierConnection")
@Description("A page of your portfolio.")
public record PortfolioSupplierConnection(
        @NonNull @Description("The suppliers of this page, in the requested order, each with its cursor.") List<@NonNull PortfolioSupplierEdge> edges,
        @NonNull @Description("The suppliers of this page, in the requested order.") List<@NonNull PortfolioSupplierView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
