package org.assay.grievance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One supplier of a page, with its cursor. */
@Description("A supplier in a page, with its cursor.")
public record GrievanceSupplierEdge(
        @NonNull @Description("Cursor of this supplier: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The supplier.") GrievanceSupplierView node) {
}
