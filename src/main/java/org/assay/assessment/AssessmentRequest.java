package org.assay.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;
import org.assay.framework.AssessmentMethod;

/** A member's request for a supplier to be assessed, and what the "assess once" rule made of it. */
@Entity
@Table(name = "assessment_request")
public class AssessmentRequest extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "member_id", nullable = false)
    public UUID memberId;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    @Column(name = "site_id")
    public UUID siteId;
    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_method", nullable = false)
    public AssessmentMethod minimumMethod;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestOutcome outcome;
    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;
    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
}
