package org.assay.framework.api;

import java.util.List;
import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("FrameworkVersionConnection")
@Description("A page of framework versions.")
public record FrameworkVersionConnection(
        @NonNull @Description("The versions of this page, newest number first, each with its cursor.") List<@NonNull FrameworkVersionEdge> edges,
        @NonNull @Description("The versions of this page, newest number first.") List<@NonNull VersionView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
