package org.assay.portfolio;

import org.eclipse.microprofile.graphql.Description;

/** How much a member spends with a supplier: a coarse band, never an amount. */
@Description("How much a member spends with a supplier per year, in EUR or the equivalent in another currency.")
public enum SpendBand {
    @Description("Under 100,000 EUR-equivalent per year.") UNDER_100K,
    @Description("From 100,000 to 1 million EUR-equivalent per year.") FROM_100K_TO_1M,
    @Description("From 1 million to 10 million EUR-equivalent per year.") FROM_1M_TO_10M,
    @Description("Over 10 million EUR-equivalent per year.") OVER_10M
}
