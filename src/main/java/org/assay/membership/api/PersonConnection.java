package org.assay.membership.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of people. */
@Description("A page of people.")
public record PersonConnection(
        @NonNull @Description("The people of this page, each with its cursor.") List<@NonNull PersonEdge> edges,
        @NonNull @Description("The people of this page.") List<@NonNull PersonView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
