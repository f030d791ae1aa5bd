package org.assay.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A certificate a supplier holds under a recognised scheme (ISO 14001, RMAP, ...). */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    @Column(name = "scheme_code", nullable = false)
    public String schemeCode;
    @Column(nullable = false)
    public String number;
    @Column(nullable = false)
    public String issuer;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;
    @Column(name = "document_id")
    public UUID documentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateStatus status;
    @Column(name = "verified_by")
    public UUID verifiedBy;
    @Column(name = "verified_at")
    public Instant verifiedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
