package org.assay.portfolio.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.platform.Allow;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.portfolio.PortfolioService;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** The portfolio's query. Members only: a portfolio is visible to its member and nobody else. */
@GraphQLApi
public class PortfolioQueries {

    @Inject
    PortfolioService service;

    @Query
    @Allow(Role.MEMBER)
    @Transactional
    @Description("The caller's own portfolio of suppliers, by supplier name, with each supplier's public profile and sites. "
            + "Members only; no operation shows another member's portfolio or who else buys from a supplier.")
    public PortfolioConnection portfolio(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after (a previous page's `endCursor`).") String after,
            @Description("Filters; all optional, combined with AND.") PortfolioFilter filter) {
        PageRequest page = PageRequest.of(first, after);
        PortfolioFilter f = filter == null ? new PortfolioFilter() : filter;
        PageRequest.Slice<PortfolioService.Listed> slice = page.slice(service.page(new PortfolioService.Filter(
                f.namePrefix, f.country, f.mineral, f.inCahra, f.category, f.spendBand), page), PortfolioService::cursorOf);
        return slice.connection(PortfolioEntryView::of, PortfolioEdge::new, PortfolioConnection::new);
    }
}
