package org.assay.disclosure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A supplier's choice to publish its summary to everyone, without sign-in. */
@Entity
@Table(name = "public_disclosure")
public class PublicDisclosure extends PanacheEntityBase {
    @Id
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Column(nullable = false)
    public String slug;
    @Column(nullable = false)
    public boolean enabled;
    @Column(name = "show_grievances", nullable = false)
    public boolean showGrievances;
    @Column(name = "changed_by", nullable = false)
    public String changedBy;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
