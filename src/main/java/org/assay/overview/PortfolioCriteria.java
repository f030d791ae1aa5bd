package org.assay.overview;

import org.assay.framework.scoring.Rating;
import org.assay.platform.InvalidArgumentException;
import org.assay.portfolio.SpendBand;
import org.assay.supplier.Mineral;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Filters of the portfolio overview, list and export; every one optional, combined with AND. Filters on shared
 * results ({@code ratingAtOrBelow}, {@code expiringWithinDays}, {@code hasOverdueCriticalActions}) never match a
 * NOT_SHARED supplier: nothing is known about it.
 *
 * @param statuses           any of these statuses (empty: any)
 * @param ratingAtOrBelow    current rating is this one or worse
 * @param expiringWithinDays latest published assessment ends between today and today + N (not yet expired)
 * @param country            registered in this country or has an active site there (ISO 3166-1 alpha-2)
 * @param mineral            the supplier's profile lists this mineral or an active site handles it (as in {@code portfolio})
 * @param inCahra            true: an active site is in a CAHRA; false: none is
 * @param category           the member's category, case-insensitive
 * @param internalId         the member's internal id, exactly
 */
public record PortfolioCriteria(String namePrefix, Set<PortfolioSupplierStatus> statuses, Rating ratingAtOrBelow,
                                Integer expiringWithinDays, Boolean hasOverdueCriticalActions, String country, Mineral mineral,
                                Boolean inCahra, String category, SpendBand spendBand, String internalId,
                                RequirementVerdict requirementVerdict) {

    public static final int MAX_EXPIRING_WITHIN_DAYS = 3660;

    public static final PortfolioCriteria NONE = new PortfolioCriteria(null, Set.of(), null, null, null, null, null, null, null,
            null, null, null);

    /** Trimmed and checked; a bad value is an {@code INVALID_ARGUMENT}. */
    public PortfolioCriteria {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        namePrefix = blankToNull(namePrefix);
        category = blankToNull(category);
        internalId = blankToNull(internalId);
        country = blankToNull(country);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw new InvalidArgumentException("country must be an ISO 3166-1 alpha-2 code such as CD or CN");
            }
        }
        if (expiringWithinDays != null && (expiringWithinDays < 0 || expiringWithinDays > MAX_EXPIRING_WITHIN_DAYS)) {
            throw new InvalidArgumentException("expiringWithinDays must be between 0 and " + MAX_EXPIRING_WITHIN_DAYS);
        }
    }

    /** Whether a filter reads shared results (status, rating, validity, actions, verdict), not just the entry and the supplier. */
    public boolean readsResults() {
        return !statuses.isEmpty() || ratingAtOrBelow != null || expiringWithinDays != null || hasOverdueCriticalActions != null
                || requirementVerdict != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
