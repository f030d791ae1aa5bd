package org.assay.framework.governance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ChangeProposalEdge")
@Description("An item of a page of change proposals, with its cursor.")
public record ChangeProposalEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The item.") ChangeProposalView node) {
}
