package org.assay.framework.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("IndicatorEdge")
@Description("An item of a page of indicators, with its cursor.")
public record IndicatorEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The item.") IndicatorView node) {
}
