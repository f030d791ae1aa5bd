package org.assay.supplier.api;

import jakarta.inject.Inject;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.assay.supplier.SiteDetails;
import org.assay.supplier.SupplierService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** A supplier's changes to its own profile and sites. Thin: maps inputs, calls {@link SupplierService}. Suppliers only. */
@GraphQLApi
@Allow(Role.SUPPLIER)
public class SupplierMutations {

    @Inject
    SupplierService service;

    @Mutation
    @Description("Change the caller's own supplier profile. Omitted fields stay as they are; an empty text or list clears it. Suppliers only.")
    public SupplierProfilePayload updateSupplierProfile(@NonNull @Description("What to change.") UpdateSupplierProfileInput input) {
        return SupplierProfilePayload.of(SupplierProfileView.of(service.updateProfile(new SupplierService.ProfileChange(
                input.description, input.website, input.minerals, input.stages))));
    }

    @Mutation
    @Description("Add a site to the caller's own supplier profile. Site names are unique within a supplier (case-insensitive). Suppliers only.")
    public SitePayload createSite(@NonNull @Description("The site.") CreateSiteInput input) {
        return SitePayload.of(SiteView.of(service.createSite(SiteDetails.of(input.name, input.kind, input.country,
                input.latitude, input.longitude, input.minerals, input.stage, input.inCahra, input.region)), true));
    }

    @Mutation
    @Description("Change one of the caller's own sites. Omitted fields stay as they are. Suppliers only.")
    public SitePayload updateSite(@NonNull @Description("What to change.") UpdateSiteInput input) {
        return SitePayload.of(SiteView.of(service.updateSite(Ids.parseInput("input.siteId", input.siteId),
                new SupplierService.SiteChange(input.name, input.kind, input.country, input.latitude, input.longitude,
                        Boolean.TRUE.equals(input.removeCoordinates), input.minerals, input.stage, input.inCahra, input.region)), true));
    }

    @Mutation
    @Description("Remove one of the caller's own sites. The site is archived, not erased: it leaves the profile and its name "
            + "can be reused, but assessments that refer to it keep doing so. Suppliers only.")
    public SitePayload removeSite(@NonNull @Description("Which site.") SiteRefInput input) {
        return SitePayload.of(SiteView.of(service.removeSite(Ids.parseInput("input.siteId", input.siteId)), true));
    }
}
