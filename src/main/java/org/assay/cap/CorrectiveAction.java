package org.assay.cap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.assay.assessment.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a supplier commits to for one finding (or in response to a grievance), verified by the assigned assessment body. */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends PanacheEntityBase {
    @Id
    public UUID id;
    /** The finding it answers; null for a commitment made in response to a grievance. */
    @Column(name = "finding_id")
    public UUID findingId;
    /** The grievance it answers (the supplier's commitment); null for an action opened for a finding. */
    @Column(name = "grievance_id")
    public UUID grievanceId;
    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;
    public String description;
    @Column(name = "owner_name")
    public String ownerName;
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;
    @Column(name = "original_due_date", nullable = false)
    public LocalDate originalDueDate;
    @Column(name = "proposed_due_date")
    public LocalDate proposedDueDate;
    @Column(name = "proposed_due_reason")
    public String proposedDueReason;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "verified_at")
    public Instant verifiedAt;
    @Column(name = "verified_by")
    public String verifiedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public int version;

    /** Past its due date and still to do (not verified, not withdrawn) (derived from the clock, never stored). */
    public boolean overdueOn(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }
}
