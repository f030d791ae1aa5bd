package org.assay.accreditation.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A declaration with its cursor. */
@Name("ConflictDeclarationEdge")
@Description("An item of a page of conflict-of-interest declarations, with its cursor.")
public record ConflictDeclarationEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                                      @NonNull @Description("The item.") ConflictDeclarationView node) {
}
