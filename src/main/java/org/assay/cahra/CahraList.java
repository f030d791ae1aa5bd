package org.assay.cahra;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a list of conflict-affected and high-risk areas (e.g. the EU's indicative list, published by region and
 * updated quarterly), imported whole by the operator; immutable once imported (a database trigger).
 */
@Entity
@Table(name = "cahra_list")
public class CahraList extends PanacheEntityBase {
    /** The version the migration made of the flags typed in per site before lists existed. */
    public static final UUID LEGACY = UUID.fromString("00000000-0000-0000-0000-00000000ca11");

    @Id
    public UUID id;
    @Column(nullable = false)
    public String source;
    @Column(nullable = false)
    public String version;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
    @Column(name = "imported_by", nullable = false)
    public String importedBy;
    @Column(nullable = false)
    public boolean legacy;
}
