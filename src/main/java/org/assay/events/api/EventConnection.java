package org.assay.events.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of events, in commit order. */
@Description("A page of events, oldest first (commit order).")
public record EventConnection(
        @NonNull @Description("The events of this page, each with its cursor.") List<@NonNull EventEdge> edges,
        @NonNull @Description("The events of this page.") List<@NonNull EventView> nodes,
        @NonNull @Description("Paging information. `endCursor` of the last page is where to resume later, even when the page was empty: keep the last one you had.") PageInfo pageInfo) {
}
