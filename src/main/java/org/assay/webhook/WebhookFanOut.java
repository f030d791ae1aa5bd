package org.assay.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.events.EventFeed;
import org.assay.events.VisibleEvent;
import org.assay.platform.Clock;
import org.assay.platform.outbox.EventType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns events into deliveries, on every replica's scheduler ({@code assay.webhooks.fan-out-every}): per endpoint that is
 * active or paused, in a transaction of its own holding that endpoint's row ({@code FOR UPDATE SKIP LOCKED}: replicas
 * share the endpoints, none does one twice at once), it reads what the organisation may see now after the endpoint's
 * position ({@link EventFeed#visibleTo}: audience and level applied, access records written), queues one delivery per
 * (endpoint, event) — unique, so a repeat changes nothing — with the body frozen as it was visible then, and moves the
 * endpoint's position to the last event read, in the same transaction.
 */
@ApplicationScoped
public class WebhookFanOut {

    /** Events read per endpoint and transaction. */
    static final int PAGE = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    EventFeed feed;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Clock clock;

    @Scheduled(identity = "fan-out-webhooks", every = "${assay.webhooks.fan-out-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        fanOut();
    }

    /** Queues the deliveries of every endpoint's new events; returns how many were queued. */
    public int fanOut() {
        @SuppressWarnings("unchecked")
        List<UUID> endpoints = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from webhook_endpoint where status in ('ACTIVE', 'PAUSED') order by id", UUID.class).getResultList());
        int queued = 0;
        for (UUID endpoint : endpoints) {
            int n;
            do {
                n = QuarkusTransaction.requiringNew().call(() -> fanOut(endpoint));
                queued += Math.max(n, 0);
            } while (n == PAGE);
        }
        return queued;
    }

    /** One page of one endpoint's events, in the caller's transaction; -1 when another worker holds the endpoint. */
    int fanOut(UUID endpointId) {
        List<?> mine = em.createNativeQuery("select id from webhook_endpoint where id = ?1 and status in ('ACTIVE', 'PAUSED') for update skip locked")
                .setParameter(1, endpointId).getResultList();
        if (mine.isEmpty()) {
            return -1;
        }
        WebhookEndpoint e = em.find(WebhookEndpoint.class, endpointId);
        em.refresh(e);
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        e.eventTypes.forEach(t -> types.add(EventType.valueOf(t)));
        List<VisibleEvent> events = feed.visibleTo(e.organisationId, e.lastPosition, types, PAGE);
        for (VisibleEvent event : events) {
            deliveries.enqueue(e.id, event.id(), event.position(), event.type().name(), body(event));
            e.lastPosition = Math.max(e.lastPosition, event.position());
        }
        return events.size();
    }

    /** The delivery's body: the event's type (wire name), time and data, as the feed gives them. */
    static String body(VisibleEvent event) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", event.type().wireName());
        body.put("timestamp", event.occurredAt().toString());
        body.set("data", event.data());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an event's data is JSON already", ex);
        }
    }
}
