package org.assay.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.organisation.Organisation;
import org.assay.platform.outbox.EventOutbox;
import org.assay.platform.outbox.EventType;

/**
 * Tells an organisation's admins that the platform disabled one of its endpoints: a {@code webhook.endpoint_disabled}
 * event for that organisation (its feed, its subscriptions and its other endpoints), recorded in the transaction that
 * disables the endpoint. The data names the endpoint (its global id) and since when it failed, never its URL.
 */
@ApplicationScoped
public class EndpointDisabledNotice {

    @Inject
    EventOutbox outbox;

    @Inject
    EntityManager em;

    void disabled(WebhookEndpoint endpoint) {
        Organisation o = em.find(Organisation.class, endpoint.organisationId);
        EventOutbox.Draft event = outbox.event(EventType.WEBHOOK_ENDPOINT_DISABLED)
                .summary("endpointId", new org.assay.platform.GlobalId("WebhookEndpoint", endpoint.id).encode())
                .summary("failingSince", endpoint.failingSince.toString());
        switch (o.kind) {
            case SUPPLIER -> event.supplier(o.id);
            case ASSESSMENT_BODY -> event.body(o.id);
            case MEMBER_FIRM -> event.member(o.id);
            case OPERATOR -> {
                // the operator receives every event
            }
        }
        event.record();
    }
}
