package org.assay.organisation.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Criteria of the supplier directory. */
@Description("Criteria for the supplier directory.")
@Name("SupplierSearch")
public class SupplierSearch {
    @Description("Name starts with this text (case-insensitive).")
    public String namePrefix;
    @Description("Exact LEI, DUNS or national registry number.")
    public String identifier;
    @Description("ISO 3166-1 alpha-2 country.")
    public String country;
}
