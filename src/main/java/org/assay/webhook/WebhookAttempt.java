package org.assay.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One attempt to deliver: the delivery log's line. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {
    @Id
    public UUID id;
    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;
    @Column(name = "endpoint_id", nullable = false)
    public UUID endpointId;
    @Column(nullable = false)
    public int attempt;
    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;
    @Column(nullable = false)
    public boolean succeeded;
    @Column(name = "status_code")
    public Integer statusCode;
    @Column(name = "latency_ms", nullable = false)
    public int latencyMs;
    @Enumerated(EnumType.STRING)
    public DeliveryFailure failure;
    @Column(name = "next_retry_at")
    public Instant nextRetryAt;
}
