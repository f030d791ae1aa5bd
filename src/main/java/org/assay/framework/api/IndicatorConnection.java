package org.assay.framework.api;

import java.util.List;
import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("IndicatorConnection")
@Description("A page of indicators.")
public record IndicatorConnection(
        @NonNull @Description("The indicators of this page, in framework order, each with its cursor.") List<@NonNull IndicatorEdge> edges,
        @NonNull @Description("The indicators of this page, in framework order.") List<@NonNull IndicatorView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
