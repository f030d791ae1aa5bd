package org.assay.overview.api;

import org.assay.framework.scoring.Rating;
import org.assay.overview.PortfolioCriteria;
import org.assay.overview.PortfolioSupplierStatus;
import org.assay.overview.RequirementVerdict;
import org.assay.portfolio.SpendBand;
import org.assay.supplier.Mineral;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.Set;

/** Filters of the portfolio overview and list. */
@Name("PortfolioSupplierFilter")
@Description("Filters of the portfolio overview and list; every one optional, combined with AND. Filters on results "
        + "(`ratingAtOrBelow`, `expiringWithinDays`, `hasOverdueCriticalActions`) never match a NOT_SHARED supplier.")
public class PortfolioSupplierFilter {
    @Description("Supplier name starts with this text (case-insensitive).")
    public String namePrefix;
    @Description("Any of these statuses.")
    public List<@NonNull PortfolioSupplierStatus> status;
    @Description("Current rating is this one or worse (e.g. BB: BB, B or C). Unrated suppliers do not match.")
    public Rating ratingAtOrBelow;
    @Description("The latest published assessment ends within this many days (0–3660): from today to today + N; expired ones do not match.")
    public Integer expiringWithinDays;
    @Description("True: at least one critical corrective action is overdue. False: shared, and none is.")
    public Boolean hasOverdueCriticalActions;
    @Description("ISO 3166-1 alpha-2 country: the supplier is registered there or has an active site there.")
    public String country;
    @Description("The supplier's profile lists this mineral or one of its active sites handles it (the same meaning as in `portfolio`).")
    public Mineral mineral;
    @Description("True: an active site is in a CAHRA; false: none is.")
    public Boolean inCahra;
    @Description("Your category, exactly (case-insensitive).")
    public String category;
    @Description("Your spend band.")
    public SpendBand spendBand;
    @Description("Your internal id, exactly.")
    public String internalId;
    @Description("Verdict against your requirement profile (needs a profile: INVALID_ARGUMENT otherwise).")
    public RequirementVerdict requirementVerdict;

    static PortfolioCriteria criteria(PortfolioSupplierFilter f) {
        if (f == null) {
            return PortfolioCriteria.NONE;
        }
        return new PortfolioCriteria(f.namePrefix, f.status == null ? Set.of() : Set.copyOf(f.status), f.ratingAtOrBelow,
                f.expiringWithinDays, f.hasOverdueCriticalActions, f.country, f.mineral, f.inCahra, f.category, f.spendBand,
                f.internalId, f.requirementVerdict);
    }
}
