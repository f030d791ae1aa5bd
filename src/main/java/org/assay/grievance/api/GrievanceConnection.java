package org.assay.grievance.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of grievances. */
@Description("A page of grievances, newest first.")
public record GrievanceConnection(
        @NonNull @Description("The grievances of this page, each with its cursor.") List<@NonNull GrievanceEdge> edges,
        @NonNull @Description("The grievances of this page.") List<@NonNull GrievanceView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
