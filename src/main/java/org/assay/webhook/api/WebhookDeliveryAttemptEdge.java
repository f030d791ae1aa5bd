package org.assay.webhook.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An item of a page of the delivery log, with its cursor. */
@Description("An item of a page of a webhook endpoint's delivery log, with its cursor.")
public record WebhookDeliveryAttemptEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                                         @NonNull @Description("The item.") WebhookDeliveryAttemptView node) {
}
