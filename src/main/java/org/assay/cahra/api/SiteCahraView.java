package org.assay.cahra.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A site's CAHRA status, derived. */
@Name("SiteCahra")
@Description("A site's CAHRA status, derived from the CAHRA list version in force by the site's country and region (not typed in).")
public record SiteCahraView(
        @NonNull @Description("Whether the list in force names the site's country (as a whole) or its region.") boolean inCahra,
        @NonNull @Description("The list version in force it was derived from.") CahraListView list) {
}
