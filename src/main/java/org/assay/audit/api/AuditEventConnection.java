package org.assay.audit.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of audit events. */
@Name("AuditEventConnection")
@Description("A page of audit events.")
public record AuditEventConnection(
        @NonNull @Description("The events of this page, newest first, each with its cursor.") List<@NonNull AuditEventEdge> edges,
        @NonNull @Description("The events of this page, newest first.") List<@NonNull AuditEventView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
