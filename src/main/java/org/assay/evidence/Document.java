package org.assay.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** An uploaded evidence file's metadata; the bytes are in {@link DocumentContent}. Documents never change. */
@Entity
@Immutable
@Table(name = "document")
public class Document extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(name = "media_type", nullable = false)
    public String mediaType;
    @Column(name = "size_bytes", nullable = false)
    public long size;
    @Column(nullable = false)
    public String sha256;
    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;
    @Column(name = "uploader_organisation_id", nullable = false)
    public UUID uploaderOrganisationId;
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    public DocumentRef ref() {
        return new DocumentRef(id, name, mediaType, size, sha256, uploaderOrganisationId, uploadedBy, supplierId, uploadedAt);
    }
}
