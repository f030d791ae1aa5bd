package org.assay.webhook;

import org.eclipse.microprofile.graphql.Description;

/** Whether an endpoint receives deliveries. */
@Description("Whether a webhook endpoint receives deliveries.")
public enum WebhookEndpointStatus {
    @Description("Events are delivered.") ACTIVE,
    @Description("Paused by an admin: new events are queued for it and delivered after `resumeWebhookEndpoint`; nothing is sent meanwhile.") PAUSED,
    @Description("Disabled by the platform after failing for longer than the configured period (default 24 h); an admin resumes it with `resumeWebhookEndpoint`.") DISABLED
}
