package org.assay.sharing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A member asking a supplier for access to its results. At most one pending per member and supplier. */
@Entity
@Table(name = "sharing_request")
public class SharingRequest extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "member_id", nullable = false)
    public UUID memberId;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SharingRequestStatus status;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "decided_at")
    public Instant decidedAt;
    /** Level granted when accepted. */
    @Enumerated(EnumType.STRING)
    public SharingLevel level;
    @Column(name = "grant_id")
    public UUID grantId;
}
