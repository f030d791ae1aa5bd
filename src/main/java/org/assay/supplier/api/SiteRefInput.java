package org.assay.supplier.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;


/** Refers to one of the caller's sites. */
@Name("SiteRefInput")
@Description("Refers to one of the caller's sites.")
public class SiteRefInput {
    @NonNull @Id @Description("Site id.")
    public String siteId;
}
