package org.assay.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An organisation's webhook endpoint: where its events are delivered, signed with its secret(s). */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {
    @Id
    public UUID id;
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;
    @Column(nullable = false)
    public String url;
    public String description;
    /** Event type names; empty means every type. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    public List<String> eventTypes = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookEndpointStatus status;
    /** A secret stored in clear before secrets were sealed (V161); null once sealed ({@link WebhookSecrets}). */
    public String secret;
    /** Likewise for the previous secret. */
    @Column(name = "previous_secret")
    public String previousSecret;
    /** The current signing secret, sealed ({@link WebhookSecrets}). */
    @Column(name = "secret_sealed")
    public byte[] secretSealed;
    /** The previous signing secret during a rotation, sealed. */
    @Column(name = "previous_secret_sealed")
    public byte[] previousSecretSealed;
    /** The key both are sealed under. */
    @Column(name = "secret_key_id")
    public String secretKeyId;
    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;
    @Column(name = "last_position", nullable = false)
    public long lastPosition;
    @Column(name = "failing_since")
    public Instant failingSince;
    @Column(name = "disabled_at")
    public Instant disabledAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
