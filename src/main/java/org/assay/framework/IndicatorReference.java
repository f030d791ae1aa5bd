package org.assay.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The crosswalk: an indicator's reference to a clause of an external standard. */
@Entity
@Table(name = "indicator_reference")
public class IndicatorReference extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;
    /** An {@link ExternalStandard} name. */
    @Column(nullable = false)
    public String standard;
    @Column(nullable = false)
    public String clause;
    @Column(nullable = false)
    public int position;
}
