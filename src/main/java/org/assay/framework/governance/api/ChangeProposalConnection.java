package org.assay.framework.governance.api;

import java.util.List;
import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ChangeProposalConnection")
@Description("A page of change proposals.")
public record ChangeProposalConnection(
        @NonNull @Description("The proposals of this page, newest first, each with its cursor.") List<@NonNull ChangeProposalEdge> edges,
        @NonNull @Description("The proposals of this page, newest first.") List<@NonNull ChangeProposalView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
