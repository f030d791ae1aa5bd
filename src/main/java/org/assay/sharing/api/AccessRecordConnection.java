package org.assay.sharing.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of access records. */
@Description("A page of access records.")
public record AccessRecordConnection(@NonNull @Description("Records, each with its cursor.") List<@NonNull AccessRecordEdge> edges,
                             @NonNull @Description("Records.") List<@NonNull AccessRecordView> nodes,
                             @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
