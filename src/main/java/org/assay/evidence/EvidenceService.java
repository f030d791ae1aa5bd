package org.assay.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.audit.AuditTrail;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.NotFoundException;
import org.assay.platform.Role;
import org.assay.platform.UserInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Evidence documents: storing uploads (type and size checked, de-duplicated per organisation, audited) and deciding
 * who may read them. Other features validate document ids with {@link #requireReadable} and widen read access with
 * {@link DocumentReadRule} beans.
 */
@ApplicationScoped
public class EvidenceService {

    /** First key of the advisory lock that serialises uploads of the same bytes by the same organisation. */
    private static final int UPLOAD_LOCK = 0x4576_0001;
    public static final int MAX_NAME = 255;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    @Any
    Instance<DocumentReadRule> rules;

    @ConfigProperty(name = "assay.evidence.max-size", defaultValue = "25M")
    MemorySize maxSize;

    /** A stored document and whether this upload created it (false: the same bytes were already uploaded). */
    public record Stored(DocumentRef document, boolean created) {
    }

    /** A readable document with its bytes. */
    public record Download(DocumentRef document, byte[] bytes) {
    }

    public long maxSize() {
        return maxSize.asLongValue();
    }

    // ---- upload ----

    /**
     * Stores an uploaded file for the caller's organisation. Refuses with {@link DocumentRefused}: 413 over the size
     * limit, 415 when not an accepted type (declared type and first bytes must agree), 400 for an empty file or an
     * unusable supplier id. Re-uploading the same bytes returns the organisation's existing document.
     *
     * @param supplierId the supplier the document is about; a supplier's own uploads are about itself by default
     */
    public Stored upload(Path file, String fileName, String declaredMediaType, String supplierId) {
        long size = size(file);
        if (size > maxSize()) {
            throw tooLarge();
        }
        if (size == 0) {
            throw new DocumentRefused(400, EvidenceErrorCode.EMPTY_FILE, "the file is empty");
        }
        byte[] head = head(file);
        DocumentType type = DocumentType.detect(declaredMediaType, fileName, head).orElseThrow(() -> new DocumentRefused(415,
                EvidenceErrorCode.UNSUPPORTED_MEDIA_TYPE, "accepted are " + DocumentType.accepted() + "; the declared type ("
                + (declaredMediaType == null ? "none" : DocumentType.normalise(declaredMediaType))
                + ") is not one of them, or the file's content does not match it"));
        String sha256 = sha256(file);
        UUID about = supplierAbout(supplierId);
        String name = cleanName(fileName);
        return QuarkusTransaction.requiringNew().call(() -> store(file, name, type, size, sha256, about));
    }

    private Stored store(Path file, String name, DocumentType type, long size, String sha256, UUID supplierId) throws IOException {
        UUID organisation = caller.organisationId();
        em.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, UPLOAD_LOCK).setParameter(2, organisation + "/" + sha256).getSingleResult();
        List<Document> existing = em.createQuery("from Document d where d.uploaderOrganisationId = :org and d.sha256 = :sha",
                Document.class).setParameter("org", organisation).setParameter("sha", sha256).getResultList();
        if (!existing.isEmpty()) {
            return new Stored(existing.get(0).ref(), false);
        }
        Document d = new Document();
        d.id = UUID.randomUUID();
        d.name = name;
        d.mediaType = type.mediaType();
        d.size = size;
        d.sha256 = sha256;
        d.uploadedBy = caller.subject();
        d.uploaderOrganisationId = organisation;
        d.supplierId = supplierId;
        d.uploadedAt = clock.now();
        em.persist(d);
        DocumentContent content = new DocumentContent();
        content.documentId = d.id;
        content.bytes = Files.readAllBytes(file);
        em.persist(content);
        auditTrail.append(caller.principal(), organisation, caller.role().map(Enum::name).orElse(null), "uploadDocument",
                List.of(d.id.toString()), sha256);
        return new Stored(d.ref(), true);
    }

    DocumentRefused tooLarge() {
        return new DocumentRefused(413, EvidenceErrorCode.TOO_LARGE, "files may be at most " + maxSize() + " bytes");
    }

    /** A supplier's uploads are about itself; others may name any supplier, or none. */
    private UUID supplierAbout(String supplierId) {
        UUID id = null;
        if (supplierId != null && !supplierId.isBlank()) {
            try {
                id = UUID.fromString(supplierId.strip());
            } catch (IllegalArgumentException e) {
                throw new DocumentRefused(400, EvidenceErrorCode.INVALID_SUPPLIER_ID, "supplierId is not a valid id");
            }
        }
        if (caller.is(Role.SUPPLIER)) {
            if (id != null && !id.equals(caller.organisationId())) {
                throw new DocumentRefused(400, EvidenceErrorCode.INVALID_SUPPLIER_ID, "a supplier uploads documents about itself only");
            }
            return caller.organisationId();
        }
        if (id != null) {
            UUID checked = id;
            boolean supplier = QuarkusTransaction.requiringNew().call(() -> {
                Organisation o = em.find(Organisation.class, checked);
                return o != null && o.kind == OrganisationKind.SUPPLIER;
            });
            if (!supplier) {
                throw new DocumentRefused(400, EvidenceErrorCode.INVALID_SUPPLIER_ID, "no supplier with this id");
            }
        }
        return id;
    }

    // ---- reading ----

    /** Whether the caller may read the document: uploader's organisation, the supplier concerned, the operator, or a {@link DocumentReadRule}. */
    public boolean mayRead(DocumentRef d) {
        return readableOf(List.of(d)).containsKey(d.id());
    }

    /**
     * Of these documents, those the caller may read, by id; unknown and unreadable ids are left out alike (a batch
     * loader answers null for both). A constant number of statements whatever the number of ids: one for the
     * documents, then each {@link DocumentReadRule} once, batched ({@link DocumentReadRule#mayRead(Caller, Collection)}),
     * for the documents no earlier rule allowed.
     */
    @Transactional
    public Map<UUID, DocumentRef> readable(Collection<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        wanted.remove(null);
        if (wanted.isEmpty() || !signedIn()) {
            return Map.of();
        }
        return readableOf(em.createQuery("from Document d where d.id in :ids", Document.class)
                .setParameter("ids", wanted).getResultList().stream().map(Document::ref).toList());
    }

    /**
     * The one home of evidence's read rule, for one document or many: the caller must be signed in to an active
     * organisation; the operator reads everything, an organisation what it uploaded or what is about itself, and anyone
     * what a {@link DocumentReadRule} allows (each rule asked once, for the documents no earlier rule allowed).
     */
    private Map<UUID, DocumentRef> readableOf(Collection<DocumentRef> documents) {
        if (documents.isEmpty() || !signedIn()) {
            return Map.of();
        }
        Map<UUID, DocumentRef> found = new HashMap<>();
        documents.forEach(d -> found.put(d.id(), d));
        if (caller.is(Role.OPERATOR)) {
            return found;
        }
        UUID own = caller.organisationId();
        Map<UUID, DocumentRef> pending = new HashMap<>();
        found.values().forEach(d -> {
            if (!own.equals(d.uploaderOrganisationId()) && !own.equals(d.supplierId())) {
                pending.put(d.id(), d);
            }
        });
        for (DocumentReadRule rule : rules) {
            if (pending.isEmpty()) {
                break;
            }
            rule.mayRead(caller, List.copyOf(pending.values())).forEach(pending::remove);
        }
        found.keySet().removeAll(pending.keySet());
        return found;
    }

    private boolean signedIn() {
        return caller.isMember() && !caller.organisationSuspended();
    }

    @Transactional
    public Optional<DocumentRef> findReadable(UUID id) {
        Document d = id == null ? null : em.find(Document.class, id);
        return d == null ? Optional.empty() : Optional.of(d.ref()).filter(this::mayRead);
    }

    /** The document if the caller may read it; NOT_FOUND otherwise (whether or not it exists). */
    @Transactional
    public DocumentRef requireReadable(UUID id) {
        return findReadable(id).orElseThrow(() -> new NotFoundException("Document"));
    }

    /**
     * For mutations that refer to documents (answers, findings, corrective actions): the document if the caller may
     * read it, otherwise a user error {@code DOCUMENT_NOT_FOUND} on {@code field} (e.g. {@code input.evidence.2}).
     */
    @Transactional
    public DocumentRef requireReadable(UUID id, String field) {
        return findReadable(id).orElseThrow(() -> new UserInputException(field, EvidenceErrorCode.DOCUMENT_NOT_FOUND,
                "no document with this id that you may read"));
    }

    /** The document and its bytes if the caller may read it. */
    @Transactional
    public Optional<Download> download(UUID id) {
        return findReadable(id).map(ref -> new Download(ref, em.find(DocumentContent.class, id).bytes));
    }

    // ---- files ----

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the uploaded file", e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(DocumentType.HEAD_SIZE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the uploaded file", e);
        }
    }

    static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the uploaded file", e);
        }
    }

    /** The last path segment of the client's file name, without control characters, at most 255 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
            if (Character.isHighSurrogate(name.charAt(MAX_NAME - 1))) {
                name = name.substring(0, MAX_NAME - 1);
            }
        }
        return name.isEmpty() ? "document" : name;
    }
}
