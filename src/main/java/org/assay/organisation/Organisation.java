package org.assay.organisation;

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

/** A legal entity on the platform: member firm, supplier, assessment body or the operator. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false, length = 2)
    public String country;
    public String lei;
    public String duns;
    @Column(name = "national_registry_number")
    public String nationalRegistryNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationStatus status;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public int version;
}
