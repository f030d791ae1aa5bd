package org.assay.grievance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A person of the operator appointed to handle grievances. */
@Entity
@Table(name = "grievance_handler")
public class GrievanceHandler {
    @Id
    @Column(name = "membership_id")
    public UUID membershipId;
    @Column(name = "appointed_at", nullable = false)
    public Instant appointedAt;
    @Column(name = "appointed_by", nullable = false)
    public String appointedBy;
}
