package org.assay.supplier.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.supplier.Mineral;
import org.assay.supplier.SiteKind;
import org.assay.supplier.SupplyChainStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Changes to a site. */
@Name("UpdateSiteInput")
@Description("Changes to a site; omitted fields stay as they are.")
public class UpdateSiteInput {
    @NonNull @Id @Description("Site to change.")
    public String siteId;
    @Description("New name, 1–200 characters, unique within the supplier.")
    public String name;
    @Description("New kind.")
    public SiteKind kind;
    @Description("New ISO 3166-1 alpha-2 country.")
    public String country;
    @Description("New latitude, −90 to 90; give it with `longitude`.")
    public Double latitude;
    @Description("New longitude, −180 to 180; give it with `latitude`.")
    public Double longitude;
    @Description("True removes the coordinates (do not give new ones at the same time).")
    public Boolean removeCoordinates;
    @Description("New minerals; replaces the list, at least one.")
    public List<@NonNull Mineral> minerals;
    @Description("New supply-chain stage.")
    public SupplyChainStage stage;
    @Description("New region, as CAHRA lists name it; an empty text removes it.")
    public String region;
    @Deprecated(reason = "Ignored once a CAHRA list is in force: a site's CAHRA status is derived from the list "
            + "in force by its country and `region`. Until then it sets the flag the legacy list version reads.")
    @Description("New CAHRA flag as typed in (deprecated).")
    public Boolean inCahra;
}
