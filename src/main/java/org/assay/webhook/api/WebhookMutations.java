package org.assay.webhook.api;

import jakarta.inject.Inject;
import org.assay.platform.Allow;
import org.assay.platform.Clock;
import org.assay.platform.Role;
import org.assay.webhook.WebhookDeliveries;
import org.assay.webhook.WebhookDelivery;
import org.assay.webhook.WebhookEndpoint;
import org.assay.webhook.WebhookEndpoints;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** An organisation's admins manage its webhook endpoints. Every role may have them; only admins manage them. */
@GraphQLApi
@Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
public class WebhookMutations {

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Clock clock;

    @Mutation
    @Description("Register a webhook endpoint for your organisation (admins). Events your organisation may see are POSTed to it, signed "
            + "by the Standard Webhooks scheme with the secret this answer shows once. It receives the events committed from now on.")
    public WebhookSecretPayload registerWebhookEndpoint(@NonNull @Description("The endpoint.") RegisterWebhookEndpointInput input) {
        WebhookEndpoints.Registered r = endpoints.register(input.url, input.description,
                input.eventTypes == null ? List.of() : input.eventTypes.stream().map(Enum::name).toList());
        return new WebhookSecretPayload(view(r.endpoint()), r.secret().text(), List.of(), r.endpoint().id);
    }

    @Mutation
    @Description("Give an endpoint a new signing secret (admins), shown once. The previous secret keeps signing too (both signatures "
            + "are sent in `webhook-signature`) for the overlap window (default 24 h), so receivers can switch without losing events.")
    public WebhookSecretPayload rotateWebhookSecret(@NonNull @Description("Which endpoint.") WebhookEndpointRefInput input) {
        WebhookEndpoints.Registered r = endpoints.rotateSecret(id(input.endpointId));
        return new WebhookSecretPayload(view(r.endpoint()), r.secret().text(), List.of(), r.endpoint().id);
    }

    @Mutation
    @Description("Pause an endpoint (admins): nothing is sent to it; its events are queued and sent after `resumeWebhookEndpoint`.")
    public WebhookEndpointPayload pauseWebhookEndpoint(@NonNull @Description("Which endpoint.") WebhookEndpointRefInput input) {
        return payload(endpoints.pause(id(input.endpointId)));
    }

    @Mutation
    @Description("Resume a paused endpoint, or one the platform disabled for failing (admins): its queued deliveries are due at once.")
    public WebhookEndpointPayload resumeWebhookEndpoint(@NonNull @Description("Which endpoint.") WebhookEndpointRefInput input) {
        return payload(endpoints.resume(id(input.endpointId)));
    }

    @Mutation
    @Description("Delete an endpoint with its queued deliveries and its delivery log (admins).")
    public WebhookEndpointPayload deleteWebhookEndpoint(@NonNull @Description("Which endpoint.") WebhookEndpointRefInput input) {
        return payload(endpoints.delete(id(input.endpointId)));
    }

    @Mutation
    @Description("Send an event to an endpoint again (admins), with the same `webhook-id` and body as before and a fresh retry "
            + "schedule. Only events the endpoint was sent (or tried) already.")
    public RedeliverEventPayload redeliverEvent(@NonNull @Description("Which event, to which endpoint.") RedeliverEventInput input) {
        UUID endpointId = id(input.endpointId);
        UUID eventId = org.assay.events.api.EventView.TYPE.parseInput("input.eventId", input.eventId);
        WebhookEndpoint e = endpoints.mine(endpointId);
        WebhookDelivery d = deliveries.redeliver(e, eventId);
        return new RedeliverEventPayload(view(e), d.nextAttemptAt, List.of(), e.id, d.eventId);
    }

    private WebhookEndpointPayload payload(WebhookEndpoint e) {
        return new WebhookEndpointPayload(view(e), List.of(), e.id);
    }

    private WebhookEndpointView view(WebhookEndpoint e) {
        return WebhookEndpointView.of(e, clock.now());
    }

    private static UUID id(String endpointId) {
        return WebhookEndpointView.TYPE.parseInput("input.endpointId", endpointId);
    }
}
