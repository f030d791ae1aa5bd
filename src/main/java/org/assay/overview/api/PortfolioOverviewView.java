package org.assay.overview.api;

import org.assay.framework.scoring.Rating;
import org.assay.overview.PortfolioOverviewService;
import org.assay.overview.PortfolioSupplierStatus;
import org.assay.overview.RequirementVerdict;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Counts over the member's (filtered) portfolio. */
@Name("PortfolioOverview")
@Description("Counts over your (filtered) portfolio. Only results shared with you count: NOT_SHARED suppliers count in `suppliers` "
        + "and `byStatus` only.")
public record PortfolioOverviewView(
        @NonNull @Description("The day the counts are for (validity and overdue are read on it).") LocalDate asOf,
        @Description("Suppliers matching the filter.") int suppliers,
        @NonNull @Description("Suppliers by status, every status listed (zero included).") List<@NonNull StatusCount> byStatus,
        @NonNull @Description("Shared suppliers with a published assessment (expired ones included), by current rating, every rating listed.") List<@NonNull RatingCount> byCurrentRating,
        @Description("Shared suppliers with no published assessment (NOT_ASSESSED or IN_PROGRESS).") int unrated,
        @NonNull @Description("Unverified and overdue corrective actions per severity (CRITICAL, MAJOR, MINOR).") List<@NonNull SeverityActionCount> actions,
        @Description("Shared suppliers with at least one overdue corrective action.") int suppliersWithOverdueActions,
        @Description("Unverified corrective actions, all severities.") int openActions,
        @Description("Overdue corrective actions, all severities.") int overdueActions,
        @Description("Suppliers by verdict against your requirement profile; null when you have none.") List<@NonNull VerdictCount> byRequirementVerdict) {

    static PortfolioOverviewView of(PortfolioOverviewService.Counts c) {
        List<SeverityActionCount> actions = c.actions().entrySet().stream().map(e -> new SeverityActionCount(e.getKey(),
                n(e.getValue().suppliersWithOpen()), n(e.getValue().suppliersWithOverdue()), n(e.getValue().open()),
                n(e.getValue().overdue()))).toList();
        return new PortfolioOverviewView(c.asOf(), n(c.suppliers()),
                Arrays.stream(PortfolioSupplierStatus.values()).map(s -> new StatusCount(s, n(c.byStatus().get(s)))).toList(),
                Arrays.stream(Rating.values()).map(r -> new RatingCount(r, n(c.byCurrentRating().get(r)))).toList(),
                n(c.unrated()), actions, n(c.suppliersWithOverdueActions()),
                actions.stream().mapToInt(SeverityActionCount::open).sum(), actions.stream().mapToInt(SeverityActionCount::overdue).sum(),
                c.byVerdict() == null ? null
                        : Arrays.stream(RequirementVerdict.values()).map(v -> new VerdictCount(v, n(c.byVerdict().get(v)))).toList());
    }

    private static int n(long v) {
        return Math.toIntExact(v);
    }
}
