package org.assay.accreditation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.assay.framework.AssessmentMethod;
import org.assay.supplier.Mineral;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** The operator's accreditation of an assessment body, for a scope and a period. Withdrawn, never deleted. */
@Entity
@Table(name = "accreditation")
public class Accreditation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "body_id", nullable = false)
    public UUID bodyId;
    /** {@link AssessmentMethod} names, at least one. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> methods = new ArrayList<>();
    /** {@link Mineral} names; empty means any mineral. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> minerals = new ArrayList<>();
    /** ISO 3166-1 alpha-2 codes; empty means any country. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> countries = new ArrayList<>();
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;
    @Column(name = "accredited_at", nullable = false)
    public Instant accreditedAt;
    @Column(name = "accredited_by", nullable = false)
    public String accreditedBy;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    @Version
    public int version;

    public AccreditationScope scope() {
        EnumSet<AssessmentMethod> m = EnumSet.noneOf(AssessmentMethod.class);
        methods.forEach(name -> m.add(AssessmentMethod.valueOf(name)));
        EnumSet<Mineral> minerals = EnumSet.noneOf(Mineral.class);
        this.minerals.forEach(name -> minerals.add(Mineral.valueOf(name)));
        return new AccreditationScope(m, minerals, new LinkedHashSet<>(countries), validFrom, validUntil, withdrawnAt != null);
    }
}
