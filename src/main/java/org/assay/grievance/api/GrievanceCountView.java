package org.assay.grievance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A count of grievances in one category or stage. */
@Name("GrievanceCount")
@Description("How many grievances fall in one category or stage.")
public record GrievanceCountView(
        @NonNull @Description("The category or stage name (`GrievanceCategory` or `GrievanceStage`).") String key,
        @NonNull @Description("How many.") long count) {
}
