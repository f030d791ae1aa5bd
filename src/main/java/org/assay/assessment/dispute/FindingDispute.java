package org.assay.assessment.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A supplier's reasoned objection to a finding of its published assessment, and the assessment body's decision. */
@Entity
@Table(name = "finding_dispute")
public class FindingDispute extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "finding_id", nullable = false)
    public UUID findingId;
    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    @Column(name = "assessment_body_id", nullable = false)
    public UUID assessmentBodyId;
    @Column(nullable = false)
    public String reason;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_ids", nullable = false)
    public UUID[] evidenceIds = new UUID[0];
    @Column(name = "disputed_by", nullable = false)
    public String disputedBy;
    @Column(name = "disputed_at", nullable = false)
    public Instant disputedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeStatus status;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Version
    public int version;
}
