package org.assay.organisation.api;

import org.assay.organisation.Organisation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A directory entry: a projection of a supplier organisation, not an object of its own, so not a {@code Node}; its id
 * is the organisation's global id.
 */
@Name("SupplierPublicProfile")
@Description("What any member may see of a supplier organisation: its public profile, never who buys from it.")
public record SupplierPublicProfile(
        @NonNull @Id @Description("Global id of the supplier organisation (an `Organisation` id).") String id,
        @NonNull @Description("Legal name.") String name,
        @NonNull @Description("ISO 3166-1 alpha-2 country of registration.") String country,
        @NonNull @Description("Identifiers.") IdentifiersView identifiers) {

    static SupplierPublicProfile of(Organisation o) {
        return new SupplierPublicProfile(OrganisationView.TYPE.id(o.id), o.name, o.country, IdentifiersView.of(o));
    }
}
