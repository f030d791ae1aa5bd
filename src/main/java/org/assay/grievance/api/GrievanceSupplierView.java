package org.assay.grievance.api;

import org.assay.grievance.PublicSuppliers;
import org.assay.organisation.api.OrganisationView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A supplier as anyone may see it to file a grievance: a projection of the organisation, not a Node. */
@Name("GrievanceSupplier")
@Description("A supplier as anyone, without an account, may find it to file a grievance about it: public profile fields only.")
public record GrievanceSupplierView(
        @NonNull @Id @Description("Global id of the supplier organisation (an `Organisation` id; pass it as `supplierId` when filing).") String id,
        @NonNull @Description("Legal name.") String name,
        @NonNull @Description("ISO 3166-1 alpha-2 country of registration.") String country,
        @NonNull @Description("Its sites (mines, plants…), by name.") List<@NonNull GrievanceSiteView> sites) {

    static GrievanceSupplierView of(PublicSuppliers.Supplier s) {
        return new GrievanceSupplierView(OrganisationView.TYPE.id(s.id()), s.name(), s.country(),
                s.sites().stream().map(GrievanceSiteView::of).toList());
    }
}
