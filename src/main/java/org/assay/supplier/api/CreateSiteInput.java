package org.assay.supplier.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.supplier.Mineral;
import org.assay.supplier.SiteKind;
import org.assay.supplier.SupplyChainStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A new site. */
@Name("CreateSiteInput")
@Description("A new site.")
public class CreateSiteInput {
    @NonNull @Description("Name, 1–200 characters, unique within the supplier (case-insensitive).")
    public String name;
    @NonNull @Description("Kind of site.")
    public SiteKind kind;
    @NonNull @Description("ISO 3166-1 alpha-2 country where the site is, e.g. CD.")
    public String country;
    @Description("Latitude in decimal degrees, −90 to 90. Give both latitude and longitude, or neither.")
    public Double latitude;
    @Description("Longitude in decimal degrees, −180 to 180. Give both latitude and longitude, or neither.")
    public Double longitude;
    @NonNull @Description("Minerals handled at the site; at least one.")
    public List<@NonNull Mineral> minerals;
    @NonNull @Description("Supply-chain stage of the site.")
    public SupplyChainStage stage;
    @Description("Region of the country, as CAHRA lists name it (e.g. `Ituri`), up to 200 characters; omit for none.")
    public String region;
    @Deprecated(reason = "Ignored once a CAHRA list is in force: a site's CAHRA status is derived from the list "
            + "in force by its country and `region`. Until then it sets the flag the legacy list version reads.")
    @Description("The CAHRA flag as typed in (deprecated; default false).")
    public Boolean inCahra;
}
