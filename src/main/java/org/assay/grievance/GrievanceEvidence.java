package org.assay.grievance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.evidence.DocumentType;
import org.assay.evidence.EvidenceService;
import org.assay.platform.Clock;
import org.assay.platform.UserInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Evidence files attached by the complainant: the type and size rules of evidence documents ({@link DocumentType},
 * {@code assay.evidence.max-size}); images are stored re-encoded without metadata ({@link ImageMetadata}). Read by the
 * grievance handlers only (they may contain faces, names or places that identify the complainant).
 */
@ApplicationScoped
public class GrievanceEvidence {

    public static final int MAX_FILES = 5;

    @Inject
    EntityManager em;

    @Inject
    EvidenceService evidence;

    @Inject
    Clock clock;

    /** Attaches a file to the grievance (inside the caller's transaction); a refused file is a user error on {@code field}. */
    public GrievanceEvidenceFile attach(Grievance g, Path file, String fileName, String declaredType, String field) {
        byte[] bytes;
        try {
            if (Files.size(file) > evidence.maxSize()) {
                throw new UserInputException(field, GrievanceErrorCode.EVIDENCE_TOO_LARGE, "files may be at most " + evidence.maxSize() + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the uploaded file", e);
        }
        if (bytes.length == 0) {
            throw new UserInputException(field, GrievanceErrorCode.EVIDENCE_REFUSED, "the file is empty");
        }
        long already = em.createQuery("select count(e) from GrievanceEvidenceFile e where e.grievanceId = :g", Long.class)
                .setParameter("g", g.id).getSingleResult();
        if (already >= MAX_FILES) {
            throw new UserInputException(field, GrievanceErrorCode.EVIDENCE_REFUSED, "at most " + MAX_FILES + " files per grievance");
        }
        DocumentType type = DocumentType.detect(declaredType, fileName, Arrays.copyOf(bytes, Math.min(bytes.length, DocumentType.HEAD_SIZE)))
                .orElseThrow(() -> new UserInputException(field, GrievanceErrorCode.EVIDENCE_REFUSED,
                        "accepted are " + DocumentType.accepted() + " (the file's content must match its type)"));
        boolean image = ImageMetadata.isImage(type);
        if (image) {
            bytes = ImageMetadata.strip(type, bytes).orElseThrow(() -> new UserInputException(field, GrievanceErrorCode.EVIDENCE_REFUSED,
                    "this image cannot be cleaned of its metadata (location, camera); send it as JPEG or PNG"));
        }
        GrievanceEvidenceFile f = new GrievanceEvidenceFile();
        f.id = UUID.randomUUID();
        f.grievanceId = g.id;
        f.name = cleanName(fileName, type);
        f.mediaType = type.mediaType();
        f.size = bytes.length;
        f.sha256 = sha256(bytes);
        f.metadataRemoved = image;
        f.bytes = bytes;
        f.uploadedAt = clock.now();
        em.persist(f);
        return f;
    }

    /** The files of these grievances (metadata only is used by views), oldest first. */
    public List<GrievanceEvidenceFile> of(List<UUID> grievanceIds) {
        if (grievanceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from GrievanceEvidenceFile e where e.grievanceId in :g order by e.uploadedAt, e.id", GrievanceEvidenceFile.class)
                .setParameter("g", grievanceIds).getResultList();
    }

    private static String cleanName(String fileName, DocumentType type) {
        String base = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        base = base.replaceAll("[\\p{Cc}<>\"]", "").strip();
        if (base.isEmpty()) {
            base = "evidence." + type.name().toLowerCase();
        }
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
