package org.assay.audit.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

import java.time.Instant;

/** Filters for {@code auditEvents}. */
@Name("AuditEventFilter")
@Description("Filters for the audit listing; every filter is optional and they combine with AND.")
public class AuditEventFilter {
    @Id
    @Description("Only events by people of this organisation.")
    public String organisationId;
    @Description("Only events of this operation (the GraphQL mutation name, e.g. `admitOrganisation`).")
    public String operation;
    @Description("Only events at or after this instant.")
    public Instant from;
    @Description("Only events before this instant.")
    public Instant to;
}
