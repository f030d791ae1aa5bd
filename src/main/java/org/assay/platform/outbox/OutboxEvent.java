package org.assay.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded event (table {@code outbox_event}): what happened, who it is about and takes part (so the audience can
 * be decided when it is read), the resources it concerns, and its facts split by visibility level. {@code position} is
 * null until {@link EventSequencer} gives it one; readers see only sequenced events.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    public Long position;
    @Column(nullable = false)
    @jakarta.persistence.Convert(converter = EventTypeColumn.class)
    public EventType type;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "body_id")
    public UUID bodyId;
    @Enumerated(EnumType.STRING)
    public Broadcast broadcast;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "grant_id")
    public UUID grantId;
    @Column(name = "action_id")
    public UUID actionId;
    @Column(name = "proposal_id")
    public UUID proposalId;
    @Column(name = "framework_version_id")
    public UUID frameworkVersionId;
    /** Facts every receiver gets (JSON object). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "summary_data", nullable = false)
    public String summaryData;
    /** Facts only receivers at level FULL get (JSON object). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "full_data", nullable = false)
    public String fullData;
}
