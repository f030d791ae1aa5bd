package org.assay.sharing.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of sharing grants. */
@Description("A page of sharing grants.")
public record SharingGrantConnection(@NonNull @Description("Grants, each with its cursor.") List<@NonNull SharingGrantEdge> edges,
                             @NonNull @Description("Grants.") List<@NonNull SharingGrantView> nodes,
                             @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
