package org.assay.cahra.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** A CAHRA list version to import. */
@Name("ImportCahraListInput")
@Description("A whole CAHRA list version: who publishes it, its version, the day it comes into force, and its areas as CSV.")
public class ImportCahraListInput {
    @NonNull @Description("Publisher of the list, up to 200 characters.")
    public String source;
    @NonNull @Description("The publisher's version, up to 50 characters; unique per source.")
    public String version;
    @NonNull @Description("First day the version is in force (it may be in the future).")
    public LocalDate effectiveFrom;
    @NonNull @Description("RFC 4180 CSV with the header `country,region` and one row per area: an ISO 3166-1 alpha-2 country and, "
            + "optionally, a region of it (empty: the whole country). At most 10 000 rows.")
    public String csv;
}
