package org.assay.webhook.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of an endpoint's delivery log. */
@Description("A page of a webhook endpoint's delivery log, newest first.")
public record WebhookDeliveryAttemptConnection(
        @NonNull @Description("The attempts of this page, each with its cursor.") List<@NonNull WebhookDeliveryAttemptEdge> edges,
        @NonNull @Description("The attempts of this page.") List<@NonNull WebhookDeliveryAttemptView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
