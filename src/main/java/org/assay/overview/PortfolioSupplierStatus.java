package org.assay.overview;

import org.eclipse.microprofile.graphql.Description;

/**
 * A supplier's status as one member sees it in its portfolio: the derived assessment status (domain §4 "Validity and
 * status"), or NOT_SHARED when the member holds no live sharing grant for the supplier. Every status but NOT_SHARED
 * needs a grant (SUMMARY or FULL): without one the member learns nothing about the supplier's assessments, not even
 * whether one is under way.
 */
@Description("A supplier's status in your portfolio. Every status except NOT_SHARED needs a live sharing grant (SUMMARY or FULL) "
        + "from the supplier; without one nothing about its assessments is shown, not even whether one is under way.")
public enum PortfolioSupplierStatus {
    @Description("Shared with you, but no assessment is published and none is under way.") NOT_ASSESSED,
    @Description("Shared with you; an assessment is under way and none is published yet.") IN_PROGRESS,
    @Description("Shared with you; the latest published assessment is valid for more than 60 days.") RATED,
    @Description("Shared with you; the latest published assessment ends within 60 days.") EXPIRING,
    @Description("Shared with you; the latest published assessment has ended and nothing newer is published.") EXPIRED,
    @Description("You hold no live sharing grant (your own, all members or public; not revoked, not past its end date) for this supplier.") NOT_SHARED
}
