package org.assay.grievance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An evidence file of a grievance, stored without image metadata. */
@Entity
@Table(name = "grievance_evidence")
public class GrievanceEvidenceFile {
    @Id
    public UUID id;
    @Column(name = "grievance_id", nullable = false)
    public UUID grievanceId;
    @Column(nullable = false)
    public String name;
    @Column(name = "media_type", nullable = false)
    public String mediaType;
    @Column(name = "size_bytes", nullable = false)
    public long size;
    @Column(nullable = false)
    public String sha256;
    @Column(name = "metadata_removed", nullable = false)
    public boolean metadataRemoved;
    @Column(nullable = false)
    public byte[] bytes;
    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
