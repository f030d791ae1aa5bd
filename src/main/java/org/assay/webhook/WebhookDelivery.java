package org.assay.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event to one endpoint, with the body sent on every attempt. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    @Id
    public UUID id;
    @Column(name = "endpoint_id", nullable = false)
    public UUID endpointId;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Column(name = "event_position", nullable = false)
    public long eventPosition;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(nullable = false)
    public String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "redelivered_after", nullable = false)
    public int redeliveredAfter;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** Where a delivery stands. */
    public enum Status { PENDING, DELIVERED, FAILED }

    /**
     * The {@code webhook-id} header: the event's global id (as the feed and subscriptions give it), the same on every
     * attempt and redelivery (receivers de-duplicate on it).
     */
    public String messageId() {
        return messageId(eventId);
    }

    public static String messageId(UUID eventId) {
        return org.assay.events.api.EventView.TYPE.id(eventId);
    }
}
