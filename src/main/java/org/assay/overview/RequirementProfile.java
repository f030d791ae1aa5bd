package org.assay.overview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.assay.framework.AssessmentMethod;
import org.assay.framework.scoring.Rating;

import java.time.Instant;
import java.util.UUID;

/** A member's own minimum for its suppliers; one per member, seen by that member only. */
@Entity
@Table(name = "requirement_profile")
public class RequirementProfile extends PanacheEntityBase {
    @Id
    @Column(name = "member_id")
    public UUID memberId;
    @Enumerated(EnumType.STRING)
    @Column(name = "min_current_rating")
    public Rating minCurrentRating;
    @Column(name = "essential_indicators_met", nullable = false)
    public boolean essentialIndicatorsMet;
    @Column(name = "no_overdue_critical_actions", nullable = false)
    public boolean noOverdueCriticalActions;
    @Enumerated(EnumType.STRING)
    @Column(name = "min_method")
    public AssessmentMethod minMethod;
    @Column(name = "min_days_valid")
    public Integer minDaysValid;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Version
    public int version;

    public RequirementCheck.Criteria criteria() {
        return new RequirementCheck.Criteria(minCurrentRating, essentialIndicatorsMet, noOverdueCriticalActions, minMethod, minDaysValid);
    }
}
