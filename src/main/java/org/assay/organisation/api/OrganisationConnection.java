package org.assay.organisation.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of organisations. */
@Description("A page of organisations.")
public record OrganisationConnection(
        @NonNull @Description("The organisations of this page, each with its cursor.") List<@NonNull OrganisationEdge> edges,
        @NonNull @Description("The organisations of this page.") List<@NonNull OrganisationView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
