package org.assay.webhook.api;

import org.assay.platform.outbox.EventType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A webhook endpoint to register. */
@Name("RegisterWebhookEndpointInput")
@Description("A webhook endpoint to register for your organisation.")
public class RegisterWebhookEndpointInput {
    @NonNull
    @Description("The https URL to POST events to (at most 2000 characters). Private, loopback and link-local addresses are refused; http only to loopback, in development.")
    public String url;
    @Description("What the endpoint is for (at most 500 characters).")
    public String description;
    @Description("The event types to deliver; empty or omitted: every type your organisation may see.")
    public java.util.List<@NonNull EventType> eventTypes;
}
