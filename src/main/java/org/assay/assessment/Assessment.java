package org.assay.assessment;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assay.framework.AssessmentMethod;
import org.assay.framework.scoring.Rating;

/** One evaluation of a supplier (optionally one site) against one framework version by one method. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {
    /** Scope marker for supplier-wide assessments in the uniqueness index. */
    public static final UUID WHOLE_SUPPLIER = new UUID(0, 0);

    @Id
    public UUID id;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    @Column(name = "site_id")
    public UUID siteId;
    @Column(name = "scope_site_id", nullable = false)
    public UUID scopeSiteId;
    @Column(name = "version_id", nullable = false)
    public UUID versionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentMethod method;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status;
    @Column(name = "assessment_body_id")
    public UUID assessmentBodyId;
    @Column(name = "certificate_id")
    public UUID certificateId;
    @Column(name = "supersedes_id")
    public UUID supersedesId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    /** The CAHRA list version in force when it was requested (issue 15). */
    @Column(name = "cahra_list_id")
    public UUID cahraListId;
    /** Whether what it covers was in a CAHRA under that list version: the CAHRA scope of its applicability, for good. */
    @Column(name = "in_cahra")
    public Boolean inCahra;
    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "overall_score")
    public BigDecimal overallScore;
    @Enumerated(EnumType.STRING)
    public Rating rating;
    @Enumerated(EnumType.STRING)
    @Column(name = "band_rating")
    public Rating bandRating;
    /** Rating with the open-critical-finding cap lifted (current rating once every critical action is verified). */
    @Enumerated(EnumType.STRING)
    @Column(name = "rating_if_criticals_closed")
    public Rating ratingIfCriticalsClosed;
    /**
     * Codes of the essential indicators that scored below the version's essential floor, recorded at publication
     * (empty: none); null for assessments published before it was recorded.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "essential_codes_below_floor", columnDefinition = "text[]")
    public List<String> essentialCodesBelowFloor;
    @Version
    public int version;
}
