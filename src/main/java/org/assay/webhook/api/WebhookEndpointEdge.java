package org.assay.webhook.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An item of a page of webhook endpoints, with its cursor. */
@Description("An item of a page of webhook endpoints, with its cursor.")
public record WebhookEndpointEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                                  @NonNull @Description("The item.") WebhookEndpointView node) {
}
