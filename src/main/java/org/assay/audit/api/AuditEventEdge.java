package org.assay.audit.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An item of a page of audit events, with its cursor. */
@Description("An item of a page of audit events, with its cursor.")
public record AuditEventEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                             @NonNull @Description("The item.") AuditEventView node) {
}
