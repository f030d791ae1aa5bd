package org.assay.accreditation.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of accreditations. */
@Name("AccreditationConnection")
@Description("A page of accreditations.")
public record AccreditationConnection(
        @NonNull @Description("The accreditations of this page, newest first, each with its cursor.") List<@NonNull AccreditationEdge> edges,
        @NonNull @Description("The accreditations of this page, newest first.") List<@NonNull AccreditationView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
