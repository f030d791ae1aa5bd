package org.assay.portfolio.api;

import org.assay.portfolio.SpendBand;
import org.assay.supplier.Mineral;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Filters of the portfolio listing. */
@Name("PortfolioFilter")
@Description("Filters of the portfolio; every filter is optional and they combine with AND.")
public class PortfolioFilter {
    @Description("Supplier name starts with this text (case-insensitive).")
    public String namePrefix;
    @Description("ISO 3166-1 alpha-2 country: the supplier is registered there or has an active site there.")
    public String country;
    @Description("The supplier's profile lists this mineral or one of its active sites handles it.")
    public Mineral mineral;
    @Description("True: the supplier has an active site in a CAHRA; false: it has none.")
    public Boolean inCahra;
    @Description("The member's category, exactly (case-insensitive).")
    public String category;
    @Description("The member's spend band.")
    public SpendBand spendBand;
}
