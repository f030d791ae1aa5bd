package org.assay.supplier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A mine, concentrator, smelter/refiner, processing plant or trading hub of a supplier. */
@Entity
@Table(name = "supplier_site")
public class SupplierSite extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SiteKind kind;
    @Column(nullable = false)
    public String country;
    public Double latitude;
    public Double longitude;
    /** {@link Mineral} names, at least one. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> minerals = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupplyChainStage stage;
    /** Region of the country, named as CAHRA lists name it; null: none given. */
    public String region;
    /**
     * The CAHRA flag as typed in (deprecated, issue 15): it counts only under the legacy CAHRA list version; a site's
     * CAHRA status is derived from the list in force ({@code cahra.CahraLists}).
     */
    @Column(name = "in_cahra", nullable = false)
    public boolean inCahra;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    /** Set when the supplier removed the site; archived sites are kept for the assessments that refer to them. */
    @Column(name = "archived_at")
    public Instant archivedAt;
    @Version
    public int version;

    public boolean archived() {
        return archivedAt != null;
    }
}
