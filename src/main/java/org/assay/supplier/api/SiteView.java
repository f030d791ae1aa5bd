package org.assay.supplier.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.supplier.Mineral;
import org.assay.supplier.SiteKind;
import org.assay.supplier.SupplierService;
import org.assay.supplier.SupplierSite;
import org.assay.supplier.SupplyChainStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

/** A supplier's site as the schema shows it; coordinates only where the caller may see them. */
@Name("Site")
@Description("A supplier's site: mine, concentrator, smelter/refiner, processing plant or trading hub.")
public record SiteView(
        @NonNull @Id @Description("Opaque id.") String id,
        @NonNull @Description("Name, unique within the supplier.") String name,
        @NonNull @Description("Kind of site.") SiteKind kind,
        @NonNull @Description("ISO 3166-1 alpha-2 country where the site is.") String country,
        @Description("Location; null when not given, and for members (exact locations are not a public profile field).") Coordinates coordinates,
        @NonNull @Description("Minerals handled at the site (at least one).") List<@NonNull Mineral> minerals,
        @NonNull @Description("Supply-chain stage of the site.") SupplyChainStage stage,
        @Description("Region of the country, as CAHRA lists name it; null when not given.") String region,
        @Deprecated(reason = "Use `cahra { inCahra }`: a site's CAHRA status is derived from the CAHRA list in force "
                + "(its country and region). This is the flag typed in, which counts only under the legacy list version.")
        @Description("The CAHRA flag typed in for the site (deprecated).") boolean inCahra,
        @NonNull @Description("When the site was last changed.") Instant updatedAt) {

    public static SiteView of(SupplierSite s, boolean withCoordinates) {
        Coordinates at = withCoordinates && s.latitude != null ? new Coordinates(s.latitude, s.longitude) : null;
        return new SiteView(s.id.toString(), s.name, s.kind, s.country, at, SupplierService.minerals(s), s.stage,
                s.region, s.inCahra, s.updatedAt);
    }
}
