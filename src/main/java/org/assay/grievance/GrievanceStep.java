package org.assay.grievance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One dated step of a grievance's handling (append-only). */
@Entity
@Table(name = "grievance_step")
public class GrievanceStep {
    @Id
    public UUID id;
    @Column(name = "grievance_id", nullable = false)
    public UUID grievanceId;
    @Column(nullable = false)
    public String stage;
    public String note;
    @Column(name = "by_subject")
    public String bySubject;
    @Column(nullable = false)
    public Instant at;
}
