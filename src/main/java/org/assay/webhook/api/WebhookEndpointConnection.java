package org.assay.webhook.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of webhook endpoints. */
@Description("A page of webhook endpoints.")
public record WebhookEndpointConnection(
        @NonNull @Description("The endpoints of this page, each with its cursor.") List<@NonNull WebhookEndpointEdge> edges,
        @NonNull @Description("The endpoints of this page.") List<@NonNull WebhookEndpointView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
