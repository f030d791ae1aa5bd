package org.assay.accreditation.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of conflict-of-interest declarations. */
@Name("ConflictDeclarationConnection")
@Description("A page of conflict-of-interest declarations.")
public record ConflictDeclarationConnection(
        @NonNull @Description("The declarations of this page, newest first, each with its cursor.") List<@NonNull ConflictDeclarationEdge> edges,
        @NonNull @Description("The declarations of this page, newest first.") List<@NonNull ConflictDeclarationView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
