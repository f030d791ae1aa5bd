package org.assay.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One row of the append-only audit trail (the database refuses UPDATE and DELETE on it). */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    public long seq;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(nullable = false)
    public String subject;
    @Column(name = "organisation_id")
    public UUID organisationId;
    public String role;
    @Column(nullable = false)
    public String operation;
    @Column(name = "target_ids", nullable = false)
    public String targetIds;
    @Column(name = "input_digest", nullable = false)
    public String inputDigest;
    @Column(name = "prev_hash", nullable = false)
    public String prevHash;
    @Column(nullable = false)
    public String hash;

    AuditChain.AuditRecord record() {
        return new AuditChain.AuditRecord(seq, occurredAt, subject, organisationId, role, operation, targetIds, inputDigest);
    }
}
