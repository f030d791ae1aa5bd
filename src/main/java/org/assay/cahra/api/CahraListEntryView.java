package org.assay.cahra.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** One area of a CAHRA list version. */
@Name("CahraListEntry")
@Description("One area of a CAHRA list version: a country, or one region of it.")
public record CahraListEntryView(
        @NonNull @Description("ISO 3166-1 alpha-2 country.") String country,
        @Description("Region of the country as the list names it; null: the whole country. A site is in the area when its "
                + "country matches and the entry has no region or the same region as the site (case and surrounding spaces ignored).") String region) {
}
