package org.assay.assessment;

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

/** A non-conformity or observation raised by the assessor, linked to the indicators it concerns. */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String description;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "indicator_codes", nullable = false)
    public String[] indicatorCodes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_ids", nullable = false)
    public UUID[] evidenceIds = new UUID[0];
    @Column(name = "raised_by", nullable = false)
    public String raisedBy;
    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;
}
