package org.assay.sharing.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An item of a page of access records, with its cursor. */
@Description("An item of a page of access records, with its cursor.")
public record AccessRecordEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                       @NonNull @Description("The item.") AccessRecordView node) {
}
