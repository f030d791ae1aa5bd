package org.assay.accreditation.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An accreditation with its cursor. */
@Name("AccreditationEdge")
@Description("An item of a page of accreditations, with its cursor.")
public record AccreditationEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                                @NonNull @Description("The item.") AccreditationView node) {
}
