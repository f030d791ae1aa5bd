package org.assay.cahra.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** One CAHRA list version of a page, with its cursor. */
@Name("CahraListEdge")
@Description("A CAHRA list version in a page, with its cursor.")
public record CahraListEdge(
        @NonNull @Description("Cursor of this version: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The list version.") CahraListView node) {
}
