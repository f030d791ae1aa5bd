package org.assay.organisation.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One directory entry of a page, with its cursor. */
@Description("A supplier public profile in a page, with its cursor.")
public record SupplierProfileEdge(
        @NonNull @Description("Cursor of this entry: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The supplier's public profile.") SupplierPublicProfile node) {
}
