package org.assay.sharing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A supplier's consent that a member (or all members, or everyone signed in) may see its results at a level. */
@Entity
@Table(name = "sharing_grant")
public class SharingGrant extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrantAudience audience;
    @Column(name = "member_id")
    public UUID memberId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SharingLevel level;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    public boolean activeOn(LocalDate day) {
        return revokedAt == null && (validUntil == null || !validUntil.isBefore(day));
    }
}
