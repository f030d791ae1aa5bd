package org.assay.supplier.api;

import org.assay.organisation.Organisation;
import org.assay.organisation.api.IdentifiersView;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplierProfile;
import org.assay.supplier.SupplierService;
import org.assay.supplier.SupplyChainStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

/** A supplier's profile as the schema shows it. */
@Name("SupplierProfile")
@Description("A supplier's profile: its organisation, what it says about itself and its sites. Country, site kinds, "
        + "minerals, stages and CAHRA flags are public profile fields; who buys from the supplier is never part of it.")
public record SupplierProfileView(
        @NonNull @Id @Description("Opaque id of the supplier organisation.") String id,
        @NonNull @Description("Legal name.") String name,
        @NonNull @Description("ISO 3166-1 alpha-2 country of registration.") String country,
        @NonNull @Description("Identifiers of the legal entity.") IdentifiersView identifiers,
        @Description("Short description written by the supplier; null when not given.") String description,
        @Description("Web site of the supplier; null when not given.") String website,
        @NonNull @Description("Minerals the supplier says it works in (may be empty; each site lists its own).") List<@NonNull Mineral> minerals,
        @NonNull @Description("Supply-chain stages the supplier says it works in (may be empty).") List<@NonNull SupplyChainStage> stages,
        @Description("When the supplier last changed its profile; null when it never did.") Instant updatedAt) {

    public static SupplierProfileView of(SupplierService.Profile p) {
        return of(p.organisation(), p.profile());
    }

    /** {@code profile} may be null: the supplier has not written one yet. */
    public static SupplierProfileView of(Organisation o, SupplierProfile profile) {
        return new SupplierProfileView(o.id.toString(), o.name, o.country,
                new IdentifiersView(o.lei, o.duns, o.nationalRegistryNumber),
                profile == null ? null : profile.description,
                profile == null ? null : profile.website,
                SupplierService.minerals(profile), SupplierService.stages(profile),
                profile == null ? null : profile.updatedAt);
    }
}
