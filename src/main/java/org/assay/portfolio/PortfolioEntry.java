package org.assay.portfolio;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One supplier in one member's private portfolio, with the member's own tags. */
@Entity
@Table(name = "portfolio_entry")
public class PortfolioEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "member_id", nullable = false)
    public UUID memberId;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    /** The supplier's lower-cased name in the platform's name order (ucs_basic), kept by database triggers (V71, V96). */
    @Column(name = "supplier_lname", nullable = false, insertable = false, updatable = false)
    public String supplierLname;
    @Column(name = "internal_id")
    public String internalId;
    public String category;
    @Enumerated(EnumType.STRING)
    @Column(name = "spend_band")
    public SpendBand spendBand;
    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
    @Column(name = "added_by", nullable = false)
    public String addedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public int version;
}
