package org.assay.webhook;

import jakarta.enterprise.context.ApplicationScoped;

/** Tells an organisation's admins that the platform disabled one of its endpoints. */
@ApplicationScoped
public class EndpointDisabledNotice {

    /** Called in the transaction that disables {@code endpoint}. */
    void disabled(WebhookEndpoint endpoint) {
        // recorded as a webhook.endpoint_disabled event once the outbox is merged
    }
}
