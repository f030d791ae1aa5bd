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

/** One read of a supplier's shared results: who, which assessment, when, at what level. */
@Entity
@Table(name = "access_record")
public class AccessRecord extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "member_id", nullable = false)
    public UUID memberId;
    @Column(nullable = false)
    public String subject;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SharingLevel level;
    @Column(name = "read_at", nullable = false)
    public Instant readAt;
}
