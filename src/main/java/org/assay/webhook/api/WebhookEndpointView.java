package org.assay.webhook.api;

import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.assay.platform.outbox.EventType;
import org.assay.webhook.WebhookEndpoint;
import org.assay.webhook.WebhookEndpointStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.UUID;

/** A webhook endpoint as its organisation's admins see it (never its secret: that is shown once, by the mutation that makes it). */
@Name("WebhookEndpoint")
@Description("Where an organisation's events are delivered, signed by the Standard Webhooks scheme. Seen only by the admins of the "
        + "organisation that registered it; the signing secret is shown once, by `registerWebhookEndpoint` and `rotateWebhookSecret`.")
public record WebhookEndpointView(
        @NonNull @Id @Description("Global id.") String id,
        @NonNull @Description("The https URL events are POSTed to.") String url,
        @Description("What the endpoint is for, as its admins described it.") String description,
        @NonNull @Description("Whether it receives deliveries.") WebhookEndpointStatus status,
        @NonNull @Description("The event types it receives; empty: every type the organisation may see.") java.util.List<@NonNull EventType> eventTypes,
        @Description("Until when the secret before the latest rotation still signs deliveries (both signatures are sent); null when only one secret is in use.")
        Instant previousSecretValidUntil,
        @Description("Since when its attempts have been failing; null while the latest attempt succeeded.") Instant failingSince,
        @Description("When the platform disabled it for failing too long; null unless disabled.") Instant disabledAt,
        @NonNull @Description("When it was registered.") Instant createdAt,
        @Ignore UUID key) implements Node {

    public static final NodeType TYPE = new NodeType("WebhookEndpoint");

    public static WebhookEndpointView of(WebhookEndpoint e, Instant now) {
        Instant previous = e.previousSecretUntil != null && now.isBefore(e.previousSecretUntil) ? e.previousSecretUntil : null;
        return new WebhookEndpointView(TYPE.id(e.id), e.url, e.description, e.status,
                e.eventTypes.stream().map(EventType::valueOf).toList(), previous, e.failingSince, e.disabledAt,
                e.createdAt, e.id);
    }
}
