package org.assay.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A certificate scheme the platform recognises (ISO 14001, RMAP, The Copper Mark, ...). */
@Entity
@Table(name = "certification_scheme")
public class CertificationScheme extends PanacheEntityBase {
    @Id
    public String code;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String issuer;
    @Column(nullable = false)
    public String description = "";
    @Column(nullable = false)
    public boolean active = true;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
