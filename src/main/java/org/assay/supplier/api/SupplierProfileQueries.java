package org.assay.supplier.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.NotFoundException;
import org.assay.platform.Role;
import org.assay.supplier.SupplierService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.UUID;

/** Supplier profiles and their sites: a supplier its own, the operator any; members through their portfolio. */
@GraphQLApi
@Transactional
public class SupplierProfileQueries {

    @Inject
    SupplierService service;

    @Inject
    Caller caller;

    @Inject
    SiteReferences sites;

    @Query
    @Allow(Role.SUPPLIER)
    @Description("The caller's own supplier profile with its sites. Suppliers only.")
    public SupplierProfileView mySupplierProfile() {
        return SupplierProfileView.of(service.profile(caller.organisationId()));
    }

    @Query
    @Allow({Role.OPERATOR, Role.SUPPLIER})
    @Description("One supplier's profile. The operator may read any supplier; a supplier only its own (others are NOT_FOUND). "
            + "Members read the profiles of their suppliers through `portfolio`.")
    public SupplierProfileView supplierProfile(@NonNull @Id @Description("Supplier organisation id.") String supplierId) {
        UUID id = Ids.parse("supplierId", supplierId);
        if (!caller.is(Role.OPERATOR) && !id.equals(caller.organisationId())) {
            throw new NotFoundException("Supplier");
        }
        return SupplierProfileView.of(service.profile(id));
    }

    /** Batch resolver: the sites of every profile in the response, in one query, under supplier's coordinate rule ({@link SiteReferences}). */
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("The supplier's active sites, by name. Coordinates are shown to the supplier itself, the operator and "
            + "assessment bodies; members see every other field.")
    @NonNull
    public List<List<@NonNull SiteView>> sites(@Source List<SupplierProfileView> profiles) {
        return sites.activeSitesOf(profiles, p -> UUID.fromString(p.id()));
    }
}
