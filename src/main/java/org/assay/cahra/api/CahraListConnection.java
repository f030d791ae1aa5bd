package org.assay.cahra.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of CAHRA list versions. */
@Name("CahraListConnection")
@Description("A page of CAHRA list versions, the newest effective first.")
public record CahraListConnection(
        @NonNull @Description("The versions of this page, each with its cursor.") List<@NonNull CahraListEdge> edges,
        @NonNull @Description("The versions of this page.") List<@NonNull CahraListView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
