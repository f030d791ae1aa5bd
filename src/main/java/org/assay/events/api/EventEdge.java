package org.assay.events.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One event of a page, with its cursor. */
@Description("An event in a page, with its cursor.")
public record EventEdge(
        @NonNull @Description("Cursor of this event (its commit-order position): store it and pass it as `after` to resume after it.") String cursor,
        @NonNull @Description("The event.") EventView node) {
}
