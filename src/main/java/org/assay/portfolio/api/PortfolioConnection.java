package org.assay.portfolio.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of the caller's portfolio. */
@Description("A page of the caller's portfolio.")
public record PortfolioConnection(
        @NonNull @Description("The entries of this page, by supplier name, each with its cursor.") List<@NonNull PortfolioEdge> edges,
        @NonNull @Description("The entries of this page, by supplier name.") List<@NonNull PortfolioEntryView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
