package org.assay.organisation.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of the supplier directory. */
@Description("A page of supplier public profiles.")
public record SupplierProfileConnection(
        @NonNull @Description("The suppliers of this page, each with its cursor.") List<@NonNull SupplierProfileEdge> edges,
        @NonNull @Description("The suppliers of this page.") List<@NonNull SupplierPublicProfile> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
