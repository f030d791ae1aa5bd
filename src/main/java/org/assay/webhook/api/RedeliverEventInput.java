package org.assay.webhook.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Which event to send again, to which endpoint. */
@Name("RedeliverEventInput")
@Description("Which event to send again, to which of your organisation's webhook endpoints.")
public class RedeliverEventInput {
    @NonNull @Id @Description("The endpoint's id.")
    public String endpointId;
    @NonNull @Id @Description("The event's id (`Event.id`): the `webhook-id` header of its deliveries (`WebhookDeliveryAttempt.messageId`).")
    public String eventId;
}
