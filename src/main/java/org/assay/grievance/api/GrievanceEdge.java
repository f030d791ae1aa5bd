package org.assay.grievance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One grievance of a page, with its cursor. */
@Description("A grievance in a page, with its cursor.")
public record GrievanceEdge(
        @NonNull @Description("Cursor of this grievance: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The grievance.") GrievanceView node) {
}
