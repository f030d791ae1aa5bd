package org.assay.accreditation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A conflict of interest declared by an assessment body about a supplier, or by a supplier about an assessment body.
 * Either way, the body is never assigned to assess that supplier.
 */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "declarer_id", nullable = false)
    public UUID declarerId;
    @Column(name = "counterparty_id", nullable = false)
    public UUID counterpartyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConflictKind kind;
    @Column(nullable = false)
    public String description;
    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;
    @Column(name = "declared_by", nullable = false)
    public String declaredBy;
}
