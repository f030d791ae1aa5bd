package org.assay.membership.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An item of a page of people, with its cursor. */
@Description("An item of a page of people, with its cursor.")
public record PersonEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                         @NonNull @Description("The item.") PersonView node) {
}
