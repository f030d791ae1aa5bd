package org.assay.webhook.api;

import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.assay.platform.outbox.EventType;
import org.assay.webhook.DeliveryFailure;
import org.assay.webhook.WebhookDeliveries;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** A line of an endpoint's delivery log. */
@Name("WebhookDeliveryAttempt")
@Description("One attempt to deliver an event to a webhook endpoint: a line of its delivery log.")
public record WebhookDeliveryAttemptView(
        @NonNull @Id @Description("Global id.") String id,
        @NonNull @Description("The `webhook-id` header sent: the event's global id (`Event.id`), the same on every attempt and redelivery of the event (de-duplicate on it).")
        String messageId,
        @NonNull @Description("The event's type.") EventType eventType,
        @Description("Attempt number for this event and endpoint, from 1 (a redelivery continues the count).") int attempt,
        @NonNull @Description("When the attempt started.") Instant attemptedAt,
        @Description("Whether the receiver answered 2xx.") boolean succeeded,
        @Description("The HTTP status the receiver answered; null when there was no answer.") Integer statusCode,
        @Description("Time from the start of the attempt to the end of the answer (or the failure), in milliseconds.") int latencyMs,
        @Description("Why it failed; null when it succeeded.") DeliveryFailure failure,
        @Description("When the event is tried again; null when it succeeded, or when the retry schedule is spent.") Instant nextRetryAt)
        implements Node {

    public static final NodeType TYPE = new NodeType("WebhookDeliveryAttempt");

    static WebhookDeliveryAttemptView of(WebhookDeliveries.LoggedAttempt a) {
        return new WebhookDeliveryAttemptView(TYPE.id(a.id()), org.assay.webhook.WebhookDelivery.messageId(a.eventId()), EventType.valueOf(a.eventType()), a.attempt(), a.attemptedAt(),
                a.succeeded(), a.statusCode(), a.latencyMs(), a.failure(), a.nextRetryAt());
    }
}
