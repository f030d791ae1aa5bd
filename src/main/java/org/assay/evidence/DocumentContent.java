package org.assay.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.UUID;

/** The bytes of a {@link Document}, kept apart so that reading metadata never loads files. */
@Entity
@Immutable
@Table(name = "document_content")
public class DocumentContent {
    @Id
    @Column(name = "document_id")
    public UUID documentId;
    @Column(nullable = false)
    public byte[] bytes;
}
