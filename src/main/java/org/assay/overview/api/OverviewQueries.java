package org.assay.overview.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.overview.PortfolioCriteria;
import org.assay.overview.PortfolioOverviewService;
import org.assay.overview.PortfolioSort;
import org.assay.overview.RequirementProfiles;
import org.assay.platform.Allow;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/**
 * The member's portfolio overview: counts, the filtered and sorted supplier list, and the member's requirement profile.
 * Thin: maps arguments, calls {@link PortfolioOverviewService} and {@link RequirementProfiles}. Members only; everything
 * is scoped to the caller's own portfolio, and results show only where the supplier shares them.
 */
@GraphQLApi
@Transactional
@Allow(Role.MEMBER)
public class OverviewQueries {

    @Inject
    PortfolioOverviewService service;

    @Inject
    RequirementProfiles profiles;

    @Query
    @Description("Counts over the caller's portfolio (after the filter): suppliers by status, by current rating, by open and overdue "
            + "corrective actions per severity, and by requirement-profile verdict. Only results shared with you count: a supplier "
            + "you hold no live grant for is NOT_SHARED and counts nowhere else. Members only.")
    public PortfolioOverviewView portfolioOverview(@Description("Filters; all optional, combined with AND.") PortfolioSupplierFilter filter) {
        PortfolioCriteria criteria = PortfolioSupplierFilter.criteria(filter);
        return PortfolioOverviewView.of(service.counts(service.scope(), criteria));
    }

    @Query
    @Description("The caller's portfolio, one row per supplier with the caller's tags and the supplier's shared results (status, current and "
            + "published rating, scores, validity, method, corrective actions, requirement-profile verdict), filtered, sorted and paged "
            + "in the database. Results of a supplier you hold no live grant for are null (status NOT_SHARED). Each read of a shown "
            + "published assessment is recorded for its supplier. Members only.")
    public PortfolioSupplierConnection portfolioSuppliers(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after (a previous page's `endCursor`, with the same sort).") String after,
            @Description("Filters; all optional, combined with AND.") PortfolioSupplierFilter filter,
            @Description("Order; ties by supplier name, then id.") @DefaultValue("NAME") PortfolioSort sort) {
        PageRequest page = PageRequest.of(first, after);
        PortfolioSort order = sort == null ? PortfolioSort.NAME : sort;
        PortfolioCriteria criteria = PortfolioSupplierFilter.criteria(filter);
        PortfolioOverviewService.Chunk chunk = service.rows(service.scope(), criteria, order,
                PortfolioOverviewService.keysetOf(order, page), page.first());
        return page.slice(chunk.rows(), chunk.more(), l -> PortfolioOverviewService.cursorOf(order, l.row().keyset()))
                .connection(PortfolioSupplierView::of, PortfolioSupplierEdge::new, PortfolioSupplierConnection::new);
    }

    @Query
    @Description("The caller's requirement profile; null when it has none. No member sees another's. Members only.")
    public RequirementProfileView myRequirementProfile() {
        return RequirementProfileView.of(profiles.mine());
    }
}
