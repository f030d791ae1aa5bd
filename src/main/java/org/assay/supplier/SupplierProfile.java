package org.assay.supplier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a supplier says about itself; one row per supplier organisation, created on first update. */
@Entity
@Table(name = "supplier_profile")
public class SupplierProfile extends PanacheEntityBase {
    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;
    public String description;
    public String website;
    /** {@link Mineral} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> minerals = new ArrayList<>();
    /** {@link SupplyChainStage} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> stages = new ArrayList<>();
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Version
    public int version;
}
