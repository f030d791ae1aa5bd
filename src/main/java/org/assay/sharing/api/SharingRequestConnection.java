package org.assay.sharing.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of sharing requests. */
@Description("A page of sharing requests.")
public record SharingRequestConnection(@NonNull @Description("Requests, each with its cursor.") List<@NonNull SharingRequestEdge> edges,
                             @NonNull @Description("Requests.") List<@NonNull SharingRequestView> nodes,
                             @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
