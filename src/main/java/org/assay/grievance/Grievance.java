package org.assay.grievance;

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

/**
 * A concern raised by an affected person about a supplier or one of its sites. The complainant's identity, contact and
 * private details are only held encrypted ({@link #protectedFields}, see {@link ProtectedFields}).
 */
@Entity
@Table(name = "grievance")
public class Grievance {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String reference;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    @Column(name = "site_id")
    public UUID siteId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrievanceCategory category;
    @Column(nullable = false)
    public String description;
    public String location;
    public String occurred;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrievanceLanguage language;
    @Column(nullable = false)
    public boolean anonymous;
    @Column(name = "protected_fields")
    public byte[] protectedFields;
    @Column(name = "protected_key_id")
    public String protectedKeyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrievanceStage stage;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrievanceSeverity severity;
    @Enumerated(EnumType.STRING)
    @Column(name = "triage_outcome")
    public TriageOutcome triageOutcome;
    @Enumerated(EnumType.STRING)
    @Column(name = "referred_to")
    public OtherMechanism referredTo;
    @Column(name = "referral_reference")
    public String referralReference;
    public String outcome;
    @Column(name = "public_summary")
    public String publicSummary;
    @Column(name = "follow_up_hash", nullable = false)
    public String followUpHash;
    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "linked_indicators", nullable = false, columnDefinition = "text[]")
    public List<String> linkedIndicators = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "linked_findings", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> linkedFindings = new ArrayList<>();
    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public int version;
}
