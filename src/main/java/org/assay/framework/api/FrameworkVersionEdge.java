package org.assay.framework.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("FrameworkVersionEdge")
@Description("An item of a page of framework versions, with its cursor.")
public record FrameworkVersionEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The item.") VersionView node) {
}
